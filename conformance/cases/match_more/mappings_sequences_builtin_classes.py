from collections import defaultdict, OrderedDict, UserDict, namedtuple
from collections.abc import Mapping, Sequence
dd = defaultdict(list, a=1)
match dd:
    case {"b": x}: print("b?", x)
    case {"a": x}: print("a", x)
print(dict(dd))
class LogMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): print("getitem", k); return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def get(self, k, default=None):
        print("get", k)
        return self.d.get(k, default)
match LogMap({"x": 1, "y": 2}):
    case {"x": 1, "z": _}: print("no")
    case {"x": 1, **rest}: print("rest", rest)
match UserDict({"k": "v"}):
    case {"k": v}: print("userdict", v)
P = namedtuple("P", "x y")
match P(1, 2):
    case P(x=1, y=yy): print("nt kw", yy)
match P(1, 2):
    case P(a, b): print("nt pos", a, b)
match P(1, 2):
    case (a, b): print("nt seq", a, b)
class MySeq(Sequence):
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
    def __len__(self): return 3
match MySeq():
    case [a, *rest]: print("custom seq", a, rest)
for v in [5, 5.0, True, "s", b"b", (1, 2), [1, 2], {1: 2}, None, 3+0j, bytearray(b"x"), frozenset()]:
    match v:
        case bool(b): r = f"bool {b}"
        case int(i): r = f"int {i}"
        case float(f): r = f"float {f}"
        case str(s): r = f"str {s}"
        case bytes(b): r = f"bytes {b}"
        case tuple((a, b)): r = f"tuple {a},{b}"
        case list([a, *_]): r = f"list {a}"
        case dict(d): r = f"dict {d}"
        case bytearray(): r = "bytearray"
        case complex(): r = "complex"
        case frozenset(x): r = f"frozenset {x}"
        case _: r = "other"
    print(repr(v), "->", r)
match 1.0:
    case float(1.0): print("float(1.0)")
match {"a": [1, {"b": (2, 3)}]}:
    case {"a": [_, {"b": (_, c)}]}: print("deep", c)
def where(p):
    match p:
        case (0, 0): return "origin"
        case (0, y) | (y, 0) if y > 0: return f"positive axis {y}"
        case (x, y) if x == y: return "diagonal"
        case (x, y): return "elsewhere"
        case _: return "not a point"
for p in [(0, 0), (0, 5), (5, 0), (0, -1), (2, 2), (1, 2), "xy", (1, 2, 3)]:
    print(p, where(p))
match [1, 2, 3]:
    case [1, *mid, 3] if not mid: print("empty mid")
    case [1, *mid, 3]: print("mid", mid)
match "hello":
    case "hel" "lo": print("implicit concat literal")
import math
match math.pi:
    case math.pi: print("dotted value pattern")
match (1, (2, 3)):
    case (a, (b, c) as inner) as whole: print(a, b, c, inner, whole)
