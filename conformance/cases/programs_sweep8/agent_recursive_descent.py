import re
TOK = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/()%^])|([A-Za-z_]\w*)|(\S))")
def tokenize(s):
    pos = 0; out = []
    s = s.rstrip()
    while pos < len(s):
        m = TOK.match(s, pos)
        num, op, name, bad = m.groups()
        if bad: raise SyntaxError(f"unexpected character {bad!r} at {m.start(4)}")
        out.append(("num", float(num) if "." in num else int(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    out.append(("end", None))
    return out
class Parser:
    def __init__(self, text, env):
        self.toks = tokenize(text); self.i = 0; self.env = env
    def peek(self): return self.toks[self.i]
    def take(self, kind=None, val=None):
        t = self.toks[self.i]
        if (kind and t[0] != kind) or (val and t[1] != val):
            raise SyntaxError(f"expected {val or kind}, got {t[1]!r}")
        self.i += 1; return t
    def expr(self):
        v = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]; r = self.term()
            v = v + r if op == "+" else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.take()[1]; r = self.factor()
            if op == "*": v *= r
            elif op == "/": v /= r
            else: v %= r
        return v
    def factor(self):
        if self.peek() == ("op", "-"):
            self.take(); return -self.factor()
        b = self.atom()
        if self.peek() in (("op", "**"), ("op", "^")):
            self.take(); return b ** self.factor()
        return b
    def atom(self):
        k, v = self.peek()
        if k == "num": self.take(); return v
        if k == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take(); a = self.expr(); self.take("op", ")")
                return self.env[v](a)
            return self.env[v]
        self.take("op", "("); v = self.expr(); self.take("op", ")"); return v
    def parse(self):
        v = self.expr(); self.take("end"); return v
import math
env = {"pi": math.pi, "sqrt": math.sqrt, "x": 7, "abs": abs}
for src in ["1 + 2 * 3", "2 ** 3 ** 2", "-2 ^ 2", "(1+2)*(3+4)/7", "17 % 5 + x", "sqrt(16) + abs(-3.5)",
            "2 * pi", "1 / 0", "3 +", "4 $ 4", "y + 1", "((1)", "10/4"]:
    try:
        print(f"{src:<22} = {Parser(src, env).parse()!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as e:
        print(f"{src:<22} ! {type(e).__name__}: {e}")
