class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right


class Assign:
    __match_args__ = ("name", "expr")

    def __init__(self, name, expr):
        self.name, self.expr = name, expr


class Print:
    __match_args__ = ("exprs",)

    def __init__(self, exprs):
        self.exprs = exprs


class While:
    __match_args__ = ("cond", "body")

    def __init__(self, cond, body):
        self.cond, self.body = cond, body


class If:
    __match_args__ = ("cond", "then", "other")

    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other


class LangError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


def tokenize(line, lineno):
    out, i = [], 0
    while i < len(line):
        ch = line[i]
        if ch == " ":
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(line) and line[j].isdigit():
                j += 1
            out.append(int(line[i:j]))
            i = j
        elif ch.isalpha() or ch == "_":
            j = i
            while j < len(line) and (line[j].isalnum() or line[j] == "_"):
                j += 1
            out.append(line[i:j])
            i = j
        elif line[i:i + 2] in ("==", "!=", "<=", ">="):
            out.append(line[i:i + 2])
            i += 2
        elif ch in "+-*/%<>=(),:":
            out.append(ch)
            i += 1
        else:
            raise LangError(lineno, f"bad character {ch!r}")
    return out


PREC = {"==": 1, "!=": 1, "<": 1, ">": 1, "<=": 1, ">=": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}


class Parser:
    def __init__(self, source):
        self.lines = []
        for n, raw in enumerate(source.splitlines(), 1):
            if raw.strip() and not raw.strip().startswith("#"):
                indent = len(raw) - len(raw.lstrip(" "))
                self.lines.append((n, indent, tokenize(raw.strip(), n)))
        self.i = 0

    def block(self, indent):
        stmts = []
        while self.i < len(self.lines) and self.lines[self.i][1] == indent:
            stmts.append(self.statement())
        if self.i < len(self.lines) and self.lines[self.i][1] > indent:
            raise LangError(self.lines[self.i][0], "unexpected indent")
        return stmts

    def statement(self):
        n, indent, toks = self.lines[self.i]
        self.i += 1
        self.toks, self.pos, self.n = toks, 0, n
        match toks:
            case [str(name), "=", *_] if name.isidentifier():
                self.pos = 2
                node = Assign(name, self.expr(0))
            case ["print", *_]:
                self.pos = 1
                exprs = [self.expr(0)]
                while self.pos < len(toks) and toks[self.pos] == ",":
                    self.pos += 1
                    exprs.append(self.expr(0))
                node = Print(exprs)
            case ["while" | "if" as kw, *_, ":"]:
                self.pos = 1
                self.toks = toks[:-1]
                cond = self.expr(0)
                body = self.nested(indent)
                other = []
                if kw == "if" and self.i < len(self.lines) and self.lines[self.i][1:] == (indent, ["else", ":"]):
                    self.i += 1
                    other = self.nested(indent)
                return While(cond, body) if kw == "while" else If(cond, body, other)
            case _:
                raise LangError(n, f"cannot parse {' '.join(map(str, toks))!r}")
        if self.pos != len(self.toks):
            raise LangError(n, f"unexpected {self.toks[self.pos]!r}")
        return node

    def nested(self, indent):
        if self.i >= len(self.lines) or self.lines[self.i][1] <= indent:
            raise LangError(self.n, "expected an indented block")
        return self.block(self.lines[self.i][1])

    def expr(self, min_prec):
        left = self.atom()
        while self.pos < len(self.toks) and PREC.get(self.toks[self.pos], 0) > min_prec:
            op = self.toks[self.pos]
            self.pos += 1
            left = BinOp(op, left, self.expr(PREC[op]))
        return left

    def atom(self):
        if self.pos >= len(self.toks):
            raise LangError(self.n, "unexpected end of line")
        t = self.toks[self.pos]
        self.pos += 1
        match t:
            case int():
                return Num(t)
            case "(":
                e = self.expr(0)
                self.pos += 1
                return e
            case "-":
                return BinOp("-", Num(0), self.atom())
            case str() if t.isidentifier():
                return Var(t)
        raise LangError(self.n, f"unexpected {t!r}")


OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a // b, "%": lambda a, b: a % b, "<": lambda a, b: int(a < b),
       ">": lambda a, b: int(a > b), "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b),
       "<=": lambda a, b: int(a <= b), ">=": lambda a, b: int(a >= b)}


class Interpreter:
    def __init__(self):
        self.env, self.output, self.steps = {}, [], 0

    def eval(self, node):
        match node:
            case Num(v):
                return v
            case Var(name):
                if name not in self.env:
                    raise NameError(f"undefined {name}")
                return self.env[name]
            case BinOp(op, l, r):
                return OPS[op](self.eval(l), self.eval(r))

    def run(self, stmts):
        for s in stmts:
            self.steps += 1
            match s:
                case Assign(name, e):
                    self.env[name] = self.eval(e)
                case Print(exprs):
                    self.output.append(" ".join(str(self.eval(e)) for e in exprs))
                case While(cond, body):
                    while self.eval(cond):
                        self.run(body)
                case If(cond, then, other):
                    self.run(then if self.eval(cond) else other)


PROGRAMS = {
    "primes": """
n = 2
while n < 40:
    d = 2
    prime = 1
    while d * d <= n:
        if n % d == 0:
            prime = 0
        d = d + 1
    if prime:
        print n
    n = n + 1
""",
    "collatz": """
x = 27
steps = 0
top = x
while x != 1:
    if x % 2 == 0:
        x = x / 2
    else:
        x = 3 * x + 1
    if x > top:
        top = x
    steps = steps + 1
print steps, top, -(2 + 3) * 4
""",
    "bad_name": "print y + 1",
    "bad_indent": "x = 1\n    y = 2",
    "bad_char": "x = 1 $ 2",
    "no_block": "while 1:\nprint 2",
    "div_zero": "a = 0\nprint 10 / a",
    "trailing": "x = 1 2",
}
for name, src in PROGRAMS.items():
    interp = Interpreter()
    try:
        interp.run(Parser(src).block(0))
        print(name, "->", " | ".join(interp.output), f"({interp.steps} steps)")
    except (LangError, NameError, ZeroDivisionError) as e:
        print(name, "!!", type(e).__name__, e)
