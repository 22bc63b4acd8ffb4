from math import pi
class Shape: pass
class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r): self.r = r
class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h): self.w, self.h = w, h
def area(s):
    match s:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return 0
        case Circle(r):
            return round(pi * r * r, 2)
        case Rect(w, h) if w == h:
            return f"square {w * h}"
        case Rect(w, h):
            return w * h
        case Shape():
            return "unknown shape"
        case _:
            raise TypeError(f"not a shape: {s!r}")
for s in [Circle(0), Circle(1), Rect(2, 2), Rect(2, 3), Rect(0, 5), Shape()]:
    print(area(s))
try: area(5)
except TypeError as e: print(e)
def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as d]:
            return f"going {d}"
        case ["go", *_]:
            return "bad direction"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [single]:
            return f"unknown {single}"
        case _:
            return "??"
for c in ["go north", "go up", "take a b", "take", "quit", "", "hello", "a b c"]:
    print(repr(c), cmd(c))
def m(x):
    match x:
        case {"type": "point", "coords": [x0, y0]}:
            return ("point", x0, y0)
        case {"type": t, **rest} if not rest:
            return ("bare", t)
        case {"type": t, **rest}:
            return ("typed", t, sorted(rest))
        case {}:
            return "empty-or-other-dict"
        case [int() | float() as n, *rest]:
            return ("numlist", n, rest)
        case (str() as a, str() as b):
            return ("strpair", a, b)
        case str() | bytes():
            return "stringish"
        case {1, 2}:
            return "never"
    return "nomatch"
for x in [{"type": "point", "coords": [1, 2]}, {"type": "point", "coords": (1, 2)}, {"type": "q"},
          {"type": "q", "b": 1, "a": 2}, {"other": 1}, {}, [1.5, 2], ["a", "b"], ("a", "b"), "s", b"b",
          {1, 2}, (1,), range(3), [x for x in "ab"]]:
    print(m(x))
match (1, 2):
    case [a, b]: print("tuple as seq", a, b)
match "ab":
    case [a, b]: print("str should not match")
    case _: print("str not a sequence")
match {"a": 1}:
    case {"a": 1, "b": _}: print("no")
    case {"a": v}: print("dict v", v)
class K:
    x = 1
match 1:
    case K.x: print("K.x value pattern")
match 5:
    case n if n > 3: print("n", n)
print(n)
match [1, [2, 3]]:
    case [a, [b, *c]]: print(a, b, c)
match 3.0:
    case 3: print("3.0 matches 3")
match True:
    case 1: print("True matches 1")
match 1:
    case True: print("1 matches True?")
    case _: print("1 does not match True")
match 0:
    case False: print("0 matches False?")
    case _: print("0 does not match False")
match -1:
    case -1: print("negative literal")
match 1+2j if False else 2:
    case 2: print("two")
class P:
    __match_args__ = ["a"]
    a = 1
try:
    match P():
        case P(x): print(x)
except TypeError as e: print(e)
class Q:
    __match_args__ = ("a", "a")
    a = 1
try:
    match Q():
        case Q(x, y): print(x)
except TypeError as e: print(e)
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(x): print(x)
except TypeError as e: print(e)
try:
    match 1:
        case len(): print("?")
except TypeError as e: print(e)
match 5:
    case int(x): print("int self", x)
match "s":
    case str(x): print("str self", x)
match [1]:
    case list(x): print("list self", x)
try:
    match 5:
        case int(x, y): print(x)
except TypeError as e: print(e)
class KW:
    def __init__(self): self.a = 1
match KW():
    case KW(a=1, b=2): print("no b")
    case KW(a=1): print("a only")
try:
    match KW():
        case KW(a=1, a=2): pass
except TypeError as e: print(e)
