from dataclasses import dataclass
from typing import Union


@dataclass
class Num:
    value: float


@dataclass
class Var:
    name: str


@dataclass
class BinOp:
    op: str
    left: "Expr"
    right: "Expr"


@dataclass
class Call:
    fn: str
    args: list


Expr = Union[Num, Var, BinOp, Call]


def simplify(e):
    match e:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)):
            return Num({"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op])
        case BinOp(op, l, r):
            l2, r2 = simplify(l), simplify(r)
            return simplify(BinOp(op, l2, r2)) if (l2, r2) != (l, r) else BinOp(op, l2, r2)
        case Call(fn, [*args]):
            return Call(fn, [simplify(a) for a in args])
        case _:
            return e


def show(e):
    match e:
        case Num(value=v) if v == int(v):
            return str(int(v))
        case Num(v):
            return str(v)
        case Var(n):
            return n
        case BinOp(op, l, r):
            return f"({show(l)} {op} {show(r)})"
        case Call(fn, args):
            return f"{fn}({', '.join(map(show, args))})"


exprs = [
    BinOp("+", Num(0), BinOp("*", Var("x"), Num(1))),
    BinOp("*", BinOp("+", Num(2), Num(3)), Var("y")),
    Call("max", [BinOp("*", Num(0), Var("z")), BinOp("/", Num(7), Num(2))]),
    BinOp("-", BinOp("+", Var("a"), Num(0)), BinOp("*", Num(1), Num(4))),
]
for e in exprs:
    print(f"{show(e):<32} => {show(simplify(e))}")
print(Num.__match_args__, BinOp.__match_args__, simplify(Num(3)) == Num(3))
