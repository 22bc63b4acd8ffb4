import re
TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(\*\*|[-+*/%()^,])|([A-Za-z_]\w*))")
class ParseError(Exception): pass
def tokenize(s):
    pos, out = 0, []
    s = s.rstrip()
    while pos < len(s):
        m = TOKEN.match(s, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {s[pos]!r} at {pos}")
        num, op, name = m.groups()
        out.append(("num", float(num) if "." in num else int(num)) if num else ("op", op) if op else ("name", name))
        pos = m.end()
    return out
class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}
    def __init__(self, tokens, env):
        self.t, self.i, self.env = tokens, 0, env
    def peek(self):
        return self.t[self.i] if self.i < len(self.t) else (None, None)
    def take(self, val=None):
        tok = self.peek()
        if val is not None and tok[1] != val:
            raise ParseError(f"expected {val!r}, got {tok[1]!r}")
        self.i += 1
        return tok
    def expr(self):
        v = self.term()
        while self.peek()[1] in ("+", "-"):
            v = v + self.term() if self.take()[1] == "+" else v - self.term()
        return v
    def term(self):
        v = self.power()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            r = self.power()
            v = v * r if op == "*" else v / r if op == "/" else v % r
        return v
    def power(self):
        b = self.unary()
        if self.peek()[1] in ("**", "^"):
            self.take()
            return b ** self.power()
        return b
    def unary(self):
        if self.peek()[1] == "-":
            self.take(); return -self.unary()
        return self.atom()
    def atom(self):
        kind, val = self.take()
        if kind == "num": return val
        if kind == "name":
            if self.peek()[1] == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek()[1] == ",":
                    self.take(); args.append(self.expr())
                self.take(")")
                return self.FUNCS[val](*args)
            return self.env[val]
        if val == "(":
            v = self.expr(); self.take(")"); return v
        raise ParseError(f"unexpected {val!r}")
def evaluate(s, **env):
    p = Parser(tokenize(s), env)
    v = p.expr()
    if p.peek()[0] is not None:
        raise ParseError(f"trailing {p.peek()[1]!r}")
    return v
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ^ 2", "10 / 4", "7 % 3 + x", "max(1, y, 3) - abs(-2.5)",
            "1 +", "2 * (3", "4 $ 4", "1 2", "unknown + 1", "1 / 0", "foo(1)", "2.5.1"]:
    try:
        print(f"{src!r:28} = {evaluate(src, x=10, y=7)!r}")
    except (ParseError, KeyError, ZeroDivisionError) as e:
        print(f"{src!r:28} ! {type(e).__name__}: {e}")
