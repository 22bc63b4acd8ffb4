import re
import operator
from dataclasses import dataclass

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/%()=,]))")


@dataclass
class Tok:
    kind: str
    text: str
    pos: int


def tokenize(src):
    pos, out = 0, []
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"unexpected character {src[pos]!r} at {pos}")
        kind = m.lastgroup
        out.append(Tok(kind, m.group(kind), m.start(kind)))
        pos = m.end()
    out.append(Tok("end", "", pos))
    return out


BINOPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul),
          "/": (2, operator.truediv), "%": (2, operator.mod), "**": (3, operator.pow)}
FUNCS = {"max": max, "min": min, "abs": abs, "round": round}


class Calc:
    def __init__(self):
        self.vars = {"pi": 3.14159}

    def run(self, line):
        self.toks, self.i = tokenize(line), 0
        if len(self.toks) > 2 and self.toks[1].text == "=" and self.toks[0].kind == "name":
            name = self.toks[0].text
            self.i = 2
            self.vars[name] = value = self.expr(0)
        else:
            value = self.expr(0)
        if self.peek().kind != "end":
            raise SyntaxError(f"trailing input at {self.peek().pos}")
        return value

    def peek(self):
        return self.toks[self.i]

    def take(self):
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def atom(self):
        tok = self.take()
        match tok:
            case Tok(kind="num", text=t):
                return float(t) if "." in t else int(t)
            case Tok(kind="op", text="-"):
                return -self.expr(3)
            case Tok(kind="op", text="("):
                v = self.expr(0)
                self.expect(")")
                return v
            case Tok(kind="name", text=n) if self.peek().text == "(":
                self.take()
                args = [self.expr(0)]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr(0))
                self.expect(")")
                return FUNCS[n](*args)
            case Tok(kind="name", text=n):
                try:
                    return self.vars[n]
                except KeyError:
                    raise NameError(f"undefined variable {n!r}") from None
            case _:
                raise SyntaxError(f"unexpected {tok.text or 'end of input'!r} at {tok.pos}")

    def expect(self, text):
        tok = self.take()
        if tok.text != text:
            raise SyntaxError(f"expected {text!r} at {tok.pos}")

    def expr(self, min_prec):
        left = self.atom()
        while self.peek().text in BINOPS and BINOPS[self.peek().text][0] >= min_prec:
            op = self.take().text
            prec, fn = BINOPS[op]
            right = self.expr(prec if op == "**" else prec + 1)
            left = fn(left, right)
        return left


calc = Calc()
for line in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "x = 10 / 4", "x * 2 - -1", "max(1, x, 2) % 2",
             "round(pi * 100) / 100", "y + 1", "3 +", "2 $ 3", "abs(-7) ** 0.5", "10 / (5 - 5)", "(1 + 2"]:
    try:
        print(f"{line:<22} => {calc.run(line)!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<22} !! {type(e).__name__}: {e}")
print(sorted(calc.vars.items()))
print([(t.kind, t.text) for t in tokenize("a1=max(2,3.5)")])
