from dataclasses import dataclass
from typing import Iterator, Union

@dataclass(frozen=True)
class Token:
    kind: str
    value: Union[str, float]
    pos: int

def tokenize(src: str) -> Iterator[Token]:
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("NUM", float(src[i:j]), i)
            i = j
        elif ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            yield Token("NAME", src[i:j], i)
            i = j
        elif ch in "+-*/()^":
            yield Token("OP", ch, i)
            i += 1
        else:
            raise SyntaxError(f"unexpected {ch!r} at {i}")

class Parser:
    def __init__(self, tokens, env):
        self.toks = list(tokens)
        self.i = 0
        self.env = env
    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None
    def eat(self, value=None):
        t = self.peek()
        if t is None or (value is not None and t.value != value):
            raise SyntaxError(f"expected {value!r}, got {t}")
        self.i += 1
        return t
    def expr(self):
        v = self.term()
        while (t := self.peek()) and t.value in ("+", "-"):
            self.eat()
            v = v + self.term() if t.value == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while (t := self.peek()) and t.value in ("*", "/"):
            self.eat()
            rhs = self.factor()
            v = v * rhs if t.value == "*" else v / rhs
        return v
    def factor(self):
        base = self.unary()
        if (t := self.peek()) and t.value == "^":
            self.eat()
            return base ** self.factor()
        return base
    def unary(self):
        t = self.peek()
        if t and t.value == "-":
            self.eat()
            return -self.unary()
        if t and t.value == "(":
            self.eat("(")
            v = self.expr()
            self.eat(")")
            return v
        t = self.eat()
        match t:
            case Token(kind="NUM", value=v):
                return v
            case Token("NAME", name, _):
                return self.env[name]
        raise SyntaxError(f"bad token {t}")

env = {"x": 3.0, "pi": 3.14159}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * 2 + pi", "10 / 4 - 0.5", "1 / 0", "2 * (3 + ", "y + 1", "3 $ 4"]:
    try:
        print(f"{src!r:>16} = {Parser(tokenize(src), env).expr():g}")
    except ZeroDivisionError as e:
        print(f"{src!r:>16} ! ZeroDivisionError: {e}")
    except SyntaxError as e:
        print(f"{src!r:>16} ! SyntaxError: {e}")
    except KeyError as e:
        print(f"{src!r:>16} ! unknown name {e}")
t = Token("OP", "+", 0)
print(t, t == Token("OP", "+", 0), hash(t) == hash(Token("OP", "+", 0)))
try:
    t.kind = "X"
except Exception as e:
    print(type(e).__name__, e)
