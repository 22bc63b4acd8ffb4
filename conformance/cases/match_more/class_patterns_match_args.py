from dataclasses import dataclass
from collections import namedtuple
@dataclass
class Point:
    x: int
    y: int
Pt = namedtuple("Pt", "a b")
class Plain:
    def __init__(self, u, v): self.u, self.v = u, v
class WithArgs:
    __match_args__ = ("u", "v")
    def __init__(self, u, v): self.u, self.v = u, v
def describe(o):
    match o:
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"on y axis at {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(x, y=0): return f"on x axis at {x}"
        case Pt(a, b=2): return f"Pt a={a} b=2"
        case Pt(_, _): return "other Pt"
        case WithArgs(1, v): return f"WithArgs v={v}"
        case Plain(u=1): return "Plain u=1"
        case int(n) if n < 0: return f"negative int {n}"
        case int(n): return f"int {n}"
        case bool(): return "bool?"
        case str() as s: return f"str {s!r}"
        case float(f): return f"float {f}"
        case [int(), *_]: return "list starting with int"
        case dict(d): return f"dict {d}"
        case _: return "other"
for o in [Point(0, 0), Point(0, 5), Point(3, 3), Point(4, 0), Point(1, 2), Pt(1, 2), Pt(1, 3),
          WithArgs(1, "vv"), Plain(1, 2), -5, 7, True, "hi", 2.5, [1, "a"], {"k": 1}, None]:
    print(repr(o) if not isinstance(o, (Plain, WithArgs)) else type(o).__name__, "->", describe(o))
def err(o, which):
    try:
        match o:
            case Plain(1, 2) if which == 0: pass
            case WithArgs(1, 2, 3) if which == 1: pass
            case int(1, 2) if which == 2: pass
            case Point(1, x=1) if which == 3: pass
            case WithArgs(1, u=1) if which == 4: pass
    except TypeError as e:
        print("TypeError", e)
err(Plain(1, 2), 0)
err(WithArgs(1, 2), 1)
err(5, 2)
err(Point(1, 1), 3)
err(WithArgs(1, 2), 4)
class BadArgs:
    __match_args__ = ["u"]
    u = 1
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print("TypeError", e)
class BadArgs2:
    __match_args__ = (1,)
try:
    match BadArgs2():
        case BadArgs2(1): pass
except TypeError as e:
    print("TypeError", e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print("TypeError", e)
class Missing:
    __match_args__ = ("nope",)
match Missing():
    case Missing(1): print("matched?")
    case _: print("missing attr => no match")
