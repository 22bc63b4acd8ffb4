# Simplify arithmetic expression trees of dataclasses with match.
from dataclasses import dataclass


@dataclass(frozen=True)
class Num:
    value: int


@dataclass(frozen=True)
class Var:
    name: str


@dataclass(frozen=True)
class BinOp:
    op: str
    left: object
    right: object


def simplify(e):
    match e:
        case BinOp(op, left, right):
            left, right = simplify(left), simplify(right)
            match (op, left, right):
                case ("+", Num(0), x) | ("+", x, Num(0)):
                    return x
                case ("*", Num(1), x) | ("*", x, Num(1)):
                    return x
                case ("*", Num(0), _) | ("*", _, Num(0)):
                    return Num(0)
                case ("-", x, y) if x == y:
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num({"+": a + b, "-": a - b, "*": a * b}[op])
                case _:
                    return BinOp(op, left, right)
        case _:
            return e


def show(e):
    match e:
        case Num(value=v):
            return str(v)
        case Var(name):
            return name
        case BinOp(op=op, left=l, right=r):
            return f"({show(l)} {op} {show(r)})"


x = Var("x")
tests = [BinOp("+", Num(0), x), BinOp("*", BinOp("+", Num(2), Num(3)), x),
         BinOp("*", x, BinOp("-", x, x)), BinOp("-", BinOp("*", Num(1), x), Num(0)),
         BinOp("+", BinOp("*", Num(2), Num(4)), BinOp("*", Var("y"), Num(1)))]
for t in tests:
    print(f"{show(t):28} => {show(simplify(t))}")
print(Num.__match_args__, BinOp.__match_args__)
