# An interpreter over dataclass nodes meets a node it does not know.
from dataclasses import dataclass


@dataclass
class Lit:
    v: int


@dataclass
class Add:
    a: object
    b: object


@dataclass
class Neg:
    a: object


def ev(node):
    match node:
        case Lit(v):
            return v
        case Add(a, b):
            return ev(a) + ev(b)
        case Neg(Lit(v)):
            return -v
        case _:
            raise TypeError(f"cannot evaluate {node!r}")


print(ev(Add(Lit(2), Neg(Lit(5)))))
print(ev(Add(Lit(1), Neg(Add(Lit(1), Lit(2))))))
