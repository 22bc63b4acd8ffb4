# json's hooks run script code in the middle of encoding or decoding:
# object_hook emptying the dict it was handed, object_pairs_hook emptying
# its pairs list, parse_int decoding again from inside the decoder,
# default() emptying the list being encoded, sort_keys with a default, and
# a float subclass whose __repr__ empties the list being encoded. The
# encoder and decoder must own what they hold (CPython's results).
# expect-output: object_hook clears -> {}
# expect-output: object_pairs_hook clears -> [0, 0]
# expect-output: parse_int re-enters -> [[1], [2], [3]]
# expect-output: parse_float re-enters -> ['["1.5"]', '["2.5"]']
# expect-output: parse_constant -> [{'x': 1}, {'x': 1}]
# expect-output: default clears list -> ["X"]
# expect-output: default with sort_keys -> {"a": 1, "b": "X", "c": 2}
# expect-output: default re-enters -> ["{\"in\": [1]}"]
# expect-output: float repr clears list -> [1.5, 2.5, 3]
# expect-output: encoder subclass grows dict -> True
import json


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("object_hook clears", lambda: json.loads('{"a": {"b": [1, 2]}}',
                                                 object_hook=lambda d: (d.clear(), d)[1]))
attempt("object_pairs_hook clears", lambda: json.loads('[{"a": 1}, {"b": 2}]',
                                                       object_pairs_hook=lambda p: (p.clear(), len(p))[1]))
attempt("parse_int re-enters", lambda: json.loads('[1, 2, 3]', parse_int=lambda s: json.loads("[" + s + "]")))
attempt("parse_float re-enters", lambda: json.loads('[1.5, 2.5]', parse_float=lambda s: json.dumps([s])))
attempt("parse_constant", lambda: json.loads('[NaN, Infinity]', parse_constant=lambda s: json.loads('{"x": 1}')))
L = [object(), 1, 2, 3]
attempt("default clears list", lambda: json.dumps(L, default=lambda o: (L.clear(), "X")[1]))
attempt("default with sort_keys", lambda: json.dumps({"b": object(), "a": 1, "c": 2},
                                                     default=lambda o: "X", sort_keys=True))
attempt("default re-enters", lambda: json.dumps([object()], default=lambda o: json.dumps({"in": [1]})))


class F(float):
    def __repr__(self):
        L2.clear()
        return "1.0"


L2 = [F(1.5), F(2.5), 3]
attempt("float repr clears list", lambda: json.dumps(L2))
D = {"a": 1, "b": 2}


class Enc(json.JSONEncoder):
    def default(self, o):
        D.clear()
        D.update({str(i): i for i in range(50)})
        return "E"


D["c"] = object()
attempt("encoder subclass grows dict", lambda: len(Enc().encode(D)) > 0)
