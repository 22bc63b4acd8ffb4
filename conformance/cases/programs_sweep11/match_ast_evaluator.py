from dataclasses import dataclass


@dataclass
class Num:
    v: float


@dataclass
class Bin:
    op: str
    l: object
    r: object


@dataclass
class Neg:
    e: object


def ev(node):
    match node:
        case Num(v):
            return v
        case Neg(Neg(inner)):
            return ev(inner)
        case Neg(e):
            return -ev(e)
        case Bin("+", l, r):
            return ev(l) + ev(r)
        case Bin("*", Num(0), _) | Bin("*", _, Num(0)):
            return 0
        case Bin("*", l, r):
            return ev(l) * ev(r)
        case Bin("/", _, Num(0)):
            raise ZeroDivisionError("literal division by zero")
        case Bin("/", l, r):
            return ev(l) / ev(r)
        case Bin(op=op):
            raise ValueError(f"unknown operator {op}")


def show(node):
    match node:
        case Num(v=v):
            return str(v)
        case Neg(e=e):
            return f"-{show(e)}"
        case Bin(op, l, r):
            return f"({show(l)} {op} {show(r)})"


exprs = [Bin("+", Num(1), Bin("*", Num(2), Num(3))), Neg(Neg(Num(4))), Bin("*", Num(0), Bin("/", Num(1), Num(0))),
         Bin("/", Num(1), Num(0)), Bin("%", Num(1), Num(2)), Bin("/", Num(9), Neg(Num(3)))]
for e in exprs:
    try:
        print(show(e), "=", ev(e))
    except (ZeroDivisionError, ValueError) as ex:
        print(show(e), "->", type(ex).__name__, ex)
print(Bin.__match_args__)
