import re, operator, math
from dataclasses import dataclass
from typing import Union
from functools import reduce

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%(),^]))")
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos

def tokenize(src):
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad char {src[pos]!r}", pos)
        kind = m.lastgroup
        yield kind, m.group(kind), m.start(kind)
        pos = m.end()
    yield "eof", "", pos

@dataclass
class Num:
    v: float
@dataclass
class Var:
    name: str
@dataclass
class Bin:
    op: str
    l: "Node"
    r: "Node"
@dataclass
class Call:
    fn: str
    args: list
Node = Union[Num, Var, Bin, Call]

class Parser:
    PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "%": (2, "L"), "**": (3, "R"), "^": (3, "R")}
    def __init__(self, src):
        self.toks = list(tokenize(src))
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, val=None):
        t = self.toks[self.i]
        if val is not None and t[1] != val:
            raise ParseError(f"expected {val!r}, got {t[1]!r}", t[2])
        self.i += 1
        return t
    def atom(self):
        kind, val, pos = self.take()
        if kind == "num":
            return Num(float(val))
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = []
                if self.peek()[1] != ")":
                    args.append(self.expr())
                    while self.peek()[1] == ",":
                        self.take(",")
                        args.append(self.expr())
                self.take(")")
                return Call(val, args)
            return Var(val)
        if val == "(":
            e = self.expr()
            self.take(")")
            return e
        if val == "-":
            return Bin("-", Num(0.0), self.expr(3))
        raise ParseError(f"unexpected {val or 'end'!r}", pos)
    def expr(self, min_prec=0):
        left = self.atom()
        while True:
            kind, op, pos = self.peek()
            if op not in self.PREC or self.PREC[op][0] < min_prec:
                return left
            prec, assoc = self.PREC[op]
            self.take()
            right = self.expr(prec + 1 if assoc == "L" else prec)
            left = Bin(op, left, right)
    def parse(self):
        e = self.expr()
        if self.peek()[0] != "eof":
            raise ParseError(f"trailing {self.peek()[1]!r}", self.peek()[2])
        return e

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "%": operator.mod, "**": operator.pow, "^": operator.pow}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "sum": lambda *a: sum(a), "hypot": math.hypot, "log": math.log}
def evaluate(node, env):
    match node:
        case Num(v):
            return v
        case Var(name):
            try:
                return env[name]
            except KeyError:
                raise NameError(f"undefined variable {name!r}") from None
        case Bin(op, l, r):
            return OPS[op](evaluate(l, env), evaluate(r, env))
        case Call(fn, args):
            return FUNCS[fn](*(evaluate(a, env) for a in args))
def show(n):
    match n:
        case Num(v): return f"{v:g}"
        case Var(name): return name
        case Bin(op, l, r): return f"({show(l)} {op} {show(r)})"
        case Call(fn, args): return f"{fn}({', '.join(map(show, args))})"

env = {"x": 3.0, "y": 4.0, "pi": math.pi}
for src in ["1 + 2 * 3", "2 ** 3 ** 2", "(1 + 2) * -3", "hypot(x, y) / 2", "max(1, x, y * 2) % 5", "10 / 4 - 2 ^ 2",
            "sqrt(-1)", "1 / (x - 3)", "z + 1", "1 +", "3 $ 4", "(1 + 2", "log(8, 2) + sum()", "2 ** 1000.5", "1e3 * 2.5e-2", "min()"]:
    try:
        tree = Parser(src).parse()
        print(f"{src:<22} {show(tree):<30} = {evaluate(tree, env)!r}")
    except ParseError as e:
        print(f"{src:<22} ParseError: {e} (pos={e.pos})")
    except (ZeroDivisionError, ValueError, NameError, OverflowError, TypeError) as e:
        print(f"{src:<22} {type(e).__name__}: {e}")
print(Parser("a*b+c").parse())
print(reduce(lambda acc, s: acc + evaluate(Parser(s).parse(), env), ["x", "y", "x*y"], 0.0))
