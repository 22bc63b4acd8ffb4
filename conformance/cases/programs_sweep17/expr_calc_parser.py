# A calculator: tokenizer with re, recursive-descent parser with precedence
# and right-associative power, AST as tuples, evaluation with Fraction,
# and error reporting with caret positions.
import re
from fractions import Fraction
import math

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%^(),!])|(?P<bad>\S))")

class CalcError(Exception):
    def __init__(self, msg, pos):
        super().__init__(msg)
        self.pos = pos

def tokenize(src):
    toks = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "bad":
            raise CalcError(f"unexpected character {m.group(kind)!r}", m.start(kind))
        toks.append((kind, m.group(kind), m.start(kind)))
    toks.append(("end", "", len(src)))
    return toks

class Parser:
    def __init__(self, src):
        self.toks = tokenize(src)
        self.i = 0
    def peek(self):
        return self.toks[self.i]
    def take(self, value=None):
        tok = self.toks[self.i]
        if value is not None and tok[1] != value:
            raise CalcError(f"expected {value!r}, got {tok[1] or 'end'!r}", tok[2])
        self.i += 1
        return tok
    def parse(self):
        node = self.expr()
        if self.peek()[0] != "end":
            raise CalcError(f"trailing input {self.peek()[1]!r}", self.peek()[2])
        return node
    def expr(self):
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = (op, node, self.term())
        return node
    def term(self):
        node = self.unary()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            node = (op, node, self.unary())
        return node
    def unary(self):
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            return ("neg" if op == "-" else "pos", self.unary())
        return self.power()
    def power(self):
        node = self.postfix()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return ("**", node, self.unary())
        return node
    def postfix(self):
        node = self.atom()
        while self.peek()[1] == "!":
            self.take()
            node = ("!", node)
        return node
    def atom(self):
        kind, val, pos = self.take()
        if kind == "num":
            return ("num", Fraction(val))
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return ("call", val, args, pos)
            return ("var", val, pos)
        if val == "(":
            node = self.expr()
            self.take(")")
            return node
        raise CalcError(f"unexpected {val or 'end of input'!r}", pos)

FUNCS = {"max": max, "min": min, "abs": abs, "gcd": lambda a, b: Fraction(math.gcd(int(a), int(b)))}
VARS = {"pi": Fraction(355, 113), "answer": Fraction(42)}

def ev(node):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        if node[1] not in VARS:
            raise CalcError(f"unknown variable {node[1]!r}", node[2])
        return VARS[node[1]]
    if tag == "neg":
        return -ev(node[1])
    if tag == "pos":
        return +ev(node[1])
    if tag == "!":
        v = ev(node[1])
        return Fraction(math.factorial(int(v)))
    if tag == "call":
        return FUNCS[node[1]](*map(ev, node[2]))
    a, b = ev(node[1]), ev(node[2])
    if tag == "**":
        return a ** b if b.denominator == 1 else Fraction(float(a) ** float(b)).limit_denominator(1000)
    return {"+": a.__add__, "-": a.__sub__, "*": a.__mul__, "/": a.__truediv__, "%": a.__mod__}[tag](b)

for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "2 ^ -1", "7 / 2 - 1/3", "10 % 4 + 0.5",
            "3! + 4!!" , "max(1, 2/3, answer) - min(pi, 3)", "gcd(12, 18) * 1e2", "2 ** 0.5", "1.5e-3 * 1000",
            "1 / 0", "2 +", "(1 + 2", "3 $ 4", "foo + 1", "1 2", "abs(-7/3)"]:
    try:
        tree = Parser(src).parse()
        val = ev(tree)
        shown = str(val) if val.denominator == 1 else f"{val} ≈ {float(val):.6g}"
        print(f"{src:34} = {shown}")
    except CalcError as exc:
        print(f"{src:34} ! {exc}")
        print(" " * (exc.pos) + "^")
    except ZeroDivisionError as exc:
        print(f"{src:34} ! ZeroDivisionError: {exc}")
print(Parser("1+2*x").parse() if "x" in VARS else Parser("(1+2)*-3").parse())
