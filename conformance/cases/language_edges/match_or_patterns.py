# Or-patterns: alternatives tried left to right, each binding the same
# names, with captures inside sequences and classes.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


def f(subject):
    match subject:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [x, 0] | [0, x]:
            return f"axis {x}"
        case Point(x=0, y=v) | Point(x=v, y=0):
            return f"point on axis {v}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case {"k": v} | [_, _, v]:
            return f"v={v}"
        case [*_, (1 | 2) as last]:
            return f"ends with {last}"
        case True | False:
            return "bool (never: 0 and 1 matched first)"
        case None:
            return "none"
        case _:
            return "nothing"


for s in [0, 2, True, False, [5, 0], [0, 7], [0, 0], Point(0, 3), Point(4, 0), Point(1, 1),
          "s", b"b", {"k": 1}, [1, 2, 3], [9, 9, 2, 2], [9, 1], None, 3.5]:
    print(repr(s), "->", f(s))

def order(x):
    tried = []
    class Probe:
        def __init__(self, v):
            self.v = v
        def __eq__(self, other):
            tried.append(self.v)
            return self.v == other
    class NS:
        a, b, c = Probe(1), Probe(2), Probe(3)
    match x:
        case NS.a | NS.b | NS.c:
            tried.append("matched")
    return tried

print(order(3))
print(order(1))
print(order(7))
