from dataclasses import dataclass

@dataclass
class Num:
    value: float
@dataclass
class BinOp:
    op: str
    left: object
    right: object
@dataclass
class Neg:
    operand: object
@dataclass
class Var:
    name: str

def ev(node, env):
    match node:
        case Num(value=v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined {name}")
        case Neg(Num(0)):
            return 0
        case Neg(x):
            return -ev(x, env)
        case BinOp("+" | "-" as op, l, r):
            a, b = ev(l, env), ev(r, env)
            return a + b if op == "+" else a - b
        case BinOp(op="*", left=l, right=r):
            return ev(l, env) * ev(r, env)
        case BinOp("/", _, Num(0)):
            raise ZeroDivisionError("literal zero")
        case BinOp("/", l, r):
            return ev(l, env) / ev(r, env)
        case _:
            raise TypeError(f"bad node {node!r}")

def tokenize(s):
    out = []
    for tok in s.replace("(", " ( ").replace(")", " ) ").split():
        match tok:
            case "(" | ")" | "+" | "-" | "*" | "/":
                out.append(tok)
            case _ if tok.replace(".", "", 1).isdigit():
                out.append(float(tok))
            case _:
                out.append(tok)
    return out

tree = BinOp("+", Num(1), BinOp("*", Var("x"), Neg(Num(3))))
print(tree)
print(ev(tree, {"x": 2}))
for t in [Neg(Num(0)), BinOp("/", Num(1), Num(4)), BinOp("/", Num(1), Num(0)), Var("y"), BinOp("%", Num(1), Num(1))]:
    try:
        print(ev(t, {}))
    except (ZeroDivisionError, NameError, TypeError) as e:
        print(type(e).__name__, e)
print(tokenize("(1 + 2.5) * x"))
print(Num(1) == Num(1.0), Num.__match_args__, BinOp.__match_args__)
