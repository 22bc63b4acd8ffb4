import math


class Token:
    def __init__(self, kind, value, pos):
        self.kind, self.value, self.pos = kind, value, pos

    def __repr__(self):
        return f"{self.kind}:{self.value}"


class ParseError(Exception):
    pass


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(Token("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(Token("name", src[i:j], i))
            i = j
        elif ch in "+-*/^(),":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r} at {i}")
    tokens.append(Token("end", None, len(src)))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs}

    def __init__(self, src, env):
        self.toks = tokenize(src)
        self.i = 0
        self.env = env

    def peek(self):
        return self.toks[self.i]

    def take(self, value=None):
        t = self.toks[self.i]
        if value is not None and t.value != value:
            raise ParseError(f"expected {value!r} at {t.pos}, got {t.value!r}")
        self.i += 1
        return t

    def parse(self):
        v = self.expr()
        if self.peek().kind != "end":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return v

    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            v = v + self.term() if self.take().value == "+" else v - self.term()
        return v

    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/"):
            op = self.take().value
            rhs = self.factor()
            v = v * rhs if op == "*" else v / rhs
        return v

    def factor(self):
        if self.peek().value == "-":
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        t = self.take()
        if t.kind == "num":
            return t.value
        if t.value == "(":
            v = self.expr()
            self.take(")")
            return v
        if t.kind == "name":
            if self.peek().value == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                if t.value not in self.FUNCS:
                    raise ParseError(f"unknown function {t.value}")
                return self.FUNCS[t.value](*args)
            if t.value not in self.env:
                raise NameError(f"undefined variable {t.value}")
            return self.env[t.value]
        raise ParseError(f"unexpected {t.value!r} at {t.pos}")


env = {"x": 3, "y": 4, "pi": math.pi}
print(tokenize("max(x, 2.5) * -3"))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4 - 1", "sqrt(x*x + y*y)",
            "max(1, x, y) + min(7, 2)", "abs(-5) * 2", "2 * pi", "1 +", "(1 + 2", "1 / 0",
            "foo(1)", "z + 1", "3 $ 4", "4 4", "1.5 * 4"]:
    try:
        print(f"{src:<26} = {Parser(src, env).parse()!r}")
    except (ParseError, NameError, ZeroDivisionError) as e:
        print(f"{src:<26} ! {type(e).__name__}: {e}")
