import re
import math

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?)|(\*\*|[-+*/%(),^])|([A-Za-z_]\w*))")


class ParseError(Exception):
    pass


class Parser:
    FUNCS = {"sin": math.sin, "cos": math.cos, "sqrt": math.sqrt, "max": max, "min": min,
             "abs": abs, "log": math.log}
    CONSTS = {"pi": math.pi, "e": math.e}

    def __init__(self, text, variables=None):
        self.tokens = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise ParseError(f"bad character {text[pos]!r} at {pos}")
            self.tokens.append(m.group(1) or m.group(2) or m.group(3))
            pos = m.end()
        self.i = 0
        self.vars = {**self.CONSTS, **(variables or {})}

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, expected=None):
        tok = self.peek()
        if expected is not None and tok != expected:
            raise ParseError(f"expected {expected!r}, got {tok!r}")
        self.i += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek() is not None:
            raise ParseError(f"trailing {self.peek()!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in ("+", "-"):
            value = value + self.term() if self.take() == "+" else value - self.term()
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ("*", "/", "%"):
            op = self.take()
            rhs = self.factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        if self.peek() in ("-", "+"):
            return -self.factor() if self.take() == "-" else self.factor()
        base = self.atom()
        if self.peek() in ("^", "**"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok is None:
            raise ParseError("unexpected end")
        if tok == "(":
            v = self.expr()
            self.take(")")
            return v
        if tok[0].isdigit():
            return float(tok) if any(c in tok for c in ".eE") else int(tok)
        if tok in self.FUNCS:
            self.take("(")
            args = [self.expr()]
            while self.peek() == ",":
                self.take()
                args.append(self.expr())
            self.take(")")
            return self.FUNCS[tok](*args)
        if tok in self.vars:
            return self.vars[tok]
        raise ParseError(f"unknown name {tok!r}")


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ** 2", "10 / 4", "7 % 3 + 2e3",
            "max(1, x * 2, y) - min(3, 4)", "sqrt(16) + sin(0) + cos(pi)", "2 * (3 + ",
            "4 $ 4", "foo + 1", "1 2", "1 / 0", "log(-1)", "abs(-7.5) * 2"]:
    try:
        print(f"{src:<32} = {Parser(src, {'x': 5, 'y': 12}).parse()!r}")
    except ParseError as e:
        print(f"{src:<32} ! ParseError: {e}")
    except (ZeroDivisionError, ValueError) as e:
        print(f"{src:<32} ! {type(e).__name__}: {e}")
