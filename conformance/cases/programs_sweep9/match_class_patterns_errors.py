from collections import namedtuple, defaultdict, OrderedDict, deque
from dataclasses import dataclass
class NoArgs:
    pass
class Bad:
    __match_args__ = ("a", "missing")
    def __init__(self): self.a = 1
class NotTuple:
    __match_args__ = ["x"]
    x = 5
for subj, label in [(NoArgs(), "noargs"), (Bad(), "bad"), (NotTuple(), "nottuple")]:
    try:
        match subj:
            case NoArgs(x):
                print("matched", x)
            case Bad(a, b):
                print("bad matched", a, b)
            case NotTuple(v):
                print("nt", v)
            case _:
                print("fallthrough", label)
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    match 5:
        case int(a, b):
            pass
except TypeError as e:
    print(e)
try:
    match 5:
        case len():
            pass
except TypeError as e:
    print(e)
P = namedtuple("P", "x y")
@dataclass
class D:
    k: str
    v: int = 0
def m(s):
    match s:
        case P(0, y): return f"P on y-axis {y}"
        case P(x=x, y=0): return f"P on x-axis {x}"
        case D("key", v=v) if v > 1: return f"D key big {v}"
        case D(k): return f"D {k}"
        case str() | bytes(): return "text-like, not a sequence"
        case [int() | float() as n, *_] if n < 0: return f"neg first {n}"
        case (1, 2) | [3, 4]: return "pair literal"
        case deque([a, b]): return f"deque {a} {b}"
        case {"x": 1, **kw} if not kw: return "exactly x"
        case {"x": _, **kw}: return f"x plus {sorted(kw)}"
        case bool(b): return f"bool {b}"
        case int(i) | float(i): return f"number {i}"
        case float("nan"): return "never"
        case _: return f"no match {type(s).__name__}"
for s in [P(0, 5), P(3, 0), P(1, 1), D("key", 5), D("key", 1), D("z"), "ab", b"ab", [-1.5, 2], (1, 2), [3, 4], deque([7, 8]), {"x": 1}, OrderedDict(x=1, z=2), defaultdict(int, x=2), True, 7, 2.5, None, [1, 2], bytearray(b"a")]:
    print(repr(s)[:30], "->", m(s))
def side(x):
    print("guard", x)
    return x > 1
match [1, 2, 3]:
    case [a, *_] if side(a): print("first")
    case [_, b, *_] if side(b): print("second")
match {"a": 1, "b": 2}:
    case {"b": b, "a": a}: print(a, b)
