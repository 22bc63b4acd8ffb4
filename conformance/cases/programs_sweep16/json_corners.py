import json, io
from enum import Enum, IntEnum
from collections import OrderedDict, UserDict

class Lvl(IntEnum):
    LOW = 1
    HIGH = 2
class Fl(float):
    def __repr__(self):
        return "FL"
class In(int):
    def __repr__(self):
        return "IN"
class St(str):
    pass
print(json.dumps([Lvl.HIGH, Fl(1.5), In(3), St("s"), True, 1e100, 1e-7, 0.1, -0.0, 10**20, 1.0]))
print(json.dumps({Lvl.LOW: 1, St("k"): 2, In(4): 3, 1.5: 4, Fl(2.5): 5}))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
class Color(Enum):
    RED = "r"
try:
    json.dumps(Color.RED)
except TypeError as e:
    print("TypeError", e)
print(json.dumps(Color.RED, default=lambda o: o.value))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps((1, (2, 3))))
try:
    json.dumps(UserDict(a=1))
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(b"bytes")
except TypeError as e:
    print("TypeError", e)
buf = io.StringIO()
json.dump({"x": [1, 2, {"y": None}]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'), dec.raw_decode('[1,2]xyz'))
try:
    dec.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('"tab\there"', strict=False))
try:
    json.loads('"tab\there"')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.loads(b'{"k": "v"}'), json.loads('{"k": "\\u00e9"}'.encode("utf-16")), json.loads(bytearray(b"[1]")))
try:
    json.loads(b"\xef\xbb\xbf[1]".decode("utf-8"))
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)
print(json.loads(b"\xef\xbb\xbf[1]"))
for bad in ['"\\x41"', '"\\ud800"', '[1,]', '{"a":}', '[-]', '1.', '.5', '+1', '[1 2]', '"\\u12"', 'true false', '{"a":1 "b":2}', '\n\n  [1,\n  }']:
    try:
        r = json.loads(bad)
        print(repr(bad), "ok", repr(r))
    except json.JSONDecodeError as e:
        print(repr(bad), "|", e, "|", e.lineno, e.colno)
try:
    json.loads(123)
except TypeError as e:
    print("TypeError", e)
print(json.dumps("\x00\x1f\x7f\u2028\ud800"), json.dumps("\u2028", ensure_ascii=False))
print(json.dumps([1, 2], indent=-1), json.dumps({"a": [1]}, indent=""), repr(json.dumps({}, indent=4)), json.dumps([[]], indent=2))
print(json.dumps(list(range(3)), indent=True), json.dumps({"a": {}}, separators=(";", "=")))
l = []
l.append({"self": l})
print(json.dumps(l, check_circular=False, default=str) if False else "skip-circ")
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
print(json.JSONEncoder(sort_keys=True, indent=1).encode({"b": 1, "a": [1.5, None]}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print(json.loads("123456789012345678901234567890"), json.loads("1e400"), json.loads("-1e400"), json.loads("1.7976931348623157e308"))
print(json.dumps(float("1e16")), json.dumps(123456789.0), json.dumps(1/3), json.dumps(5e-324))
print(json.loads('[1.0, 2.50, 1e2, 1E-2]', parse_float=str), json.loads('{"a": NaN}', parse_constant=lambda c: "const:" + c))
def hook(pairs):
    return {k.upper(): v for k, v in pairs}
print(json.loads('{"a": {"b": 1}}', object_pairs_hook=hook, object_hook=lambda d: "ignored"))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
e = json.JSONDecodeError("msg", "doc\nline2", 6)
print(e, e.pos, e.lineno, e.colno, e.doc, isinstance(e, ValueError))
