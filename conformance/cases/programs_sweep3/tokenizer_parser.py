# A tokenizer and recursive-descent parser/evaluator for arithmetic.
import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([A-Za-z_]\w*)|(\*\*|[-+*/%(),=]))")

class ParseError(Exception):
    pass

def tokenize(text):
    pos = 0
    out = []
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError(f"unexpected character {text[pos]!r} at {pos}")
        num, name, op = m.groups()
        if num:
            out.append(("num", float(num) if "." in num else int(num)))
        elif name:
            out.append(("name", name))
        else:
            out.append(("op", op))
        pos = m.end()
    out.append(("end", None))
    return out

class Parser:
    FUNCS = {"max": max, "min": min, "abs": abs}

    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.i]
        if kind and tok[0] != kind or value and tok[1] != value:
            raise ParseError(f"expected {value or kind}, got {tok[1]!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.i + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            value = self.expr()
            self.env[name] = value
            return value
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[0] == "op" and self.peek()[1] in "*/%" and self.peek()[1] != "**":
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return value
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = [self.expr()]
                while self.peek() == ("op", ","):
                    self.take()
                    args.append(self.expr())
                self.take("op", ")")
                return self.FUNCS[value](*args)
            try:
                return self.env[value]
            except KeyError:
                raise ParseError(f"undefined name {value!r}") from None
        if (kind, value) == ("op", "("):
            self.take()
            v = self.expr()
            self.take("op", ")")
            return v
        raise ParseError(f"unexpected {value!r}")

env = {}
lines = ["x = 3", "y = x ** 2 ** 2 / 9", "-x + y * (2 - 0.5)", "max(x, y, 4) % 5",
         "z = abs(-7) * min(2, x)", "2 ** -1", "10 / (x - 3)", "w + 1", "3 $ 4", "(1 + 2",
         "7 % 3 * 2 - -1"]
for line in lines:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<24} => {result!r}")
    except ParseError as e:
        print(f"{line:<24} !! {e}")
    except ZeroDivisionError as e:
        print(f"{line:<24} !! {type(e).__name__}: {e}")
    except KeyError as e:
        print(f"{line:<24} !! no function {e}")
print(sorted(env.items()))
print(tokenize("f(1.5, a_b)"))
