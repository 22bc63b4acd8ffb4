# JSONEncoder.iterencode is CPython's Python encoder: a lazy generator whose
# chunks put a scalar array item together with the bracket or separator
# before it; json.dump writes chunk by chunk (so a value that fails leaves
# the text before it written); a one-shot encode is a single chunk.
import io
import json


class Recorder:
    def __init__(self):
        self.writes = []

    def write(self, text):
        self.writes.append(text)


enc = json.JSONEncoder()
gen = enc.iterencode([1, "a", None, 2.5, True, [], {}, {"k": [False, 3]}, (4,)])
print(type(gen).__name__)
print(list(gen))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, {"b": 2}], "c": [], "d": "x"})))
print(list(json.JSONEncoder(sort_keys=True, separators=(",", ":")).iterencode({"b": [1, 2], "a": 0})))
print(list(json.JSONEncoder().iterencode("top")), list(json.JSONEncoder().iterencode(7)))
print(enc.iterencode([1, "a"], _one_shot=True))
print(json.JSONEncoder(indent=1).iterencode([1], _one_shot=True).__class__.__name__)

rec = Recorder()
json.dump({"a": [1, 2, {"b": None}], "c": "x"}, rec)
print(rec.writes)
rec = Recorder()
json.dump([[1, 2], {"k": "v"}], rec, indent=1)
print(rec.writes)

buf = io.StringIO()
try:
    json.dump([1, 2, object(), 3], buf)
except TypeError as e:
    print("TypeError", e, repr(buf.getvalue()))
buf = io.StringIO()
try:
    json.dump({"ok": 1, "bad": {1, 2}}, buf, indent=2)
except TypeError as e:
    print("TypeError", e, repr(buf.getvalue()))

calls = []
lazy = json.JSONEncoder(default=lambda o: calls.append(type(o).__name__) or "D").iterencode(
    [object(), 5])
print("before iterating", calls)
print(next(lazy), calls)
print(list(lazy), calls)

circular = [1]
circular.append(circular)
chunks = json.JSONEncoder().iterencode(circular)
print(next(chunks))
try:
    list(chunks)
except ValueError as e:
    print("ValueError", e)


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(json.dumps({"a": ["b"]}, cls=Upper), Upper().encode([True]))
rec = Recorder()
json.dump(["x", "y"], rec, cls=Upper)
print(rec.writes)
