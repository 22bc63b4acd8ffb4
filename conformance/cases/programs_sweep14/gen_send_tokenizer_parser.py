# A character-driven tokenizer coroutine that pushes tokens into a parser
# coroutine computing the value of arithmetic with precedence.
def tokenizer(target):
    num = ""
    while True:
        ch = yield
        if ch is not None and ch.isdigit():
            num += ch
            continue
        if num:
            target.send(("NUM", int(num)))
            num = ""
        if ch is None:
            target.send(("END", None))
            return
        if ch in "+-*/()":
            target.send(("OP", ch))
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")


def collector(out):
    tokens = []
    while True:
        tok = yield
        tokens.append(tok)
        if tok[0] == "END":
            out.append(tokens)
            tokens = []


def evaluate(tokens):
    pos = 0

    def expr():
        nonlocal pos
        value = term()
        while tokens[pos][1] in ("+", "-"):
            op = tokens[pos][1]
            pos += 1
            value = value + term() if op == "+" else value - term()
        return value

    def term():
        nonlocal pos
        value = atom()
        while tokens[pos][1] in ("*", "/"):
            op = tokens[pos][1]
            pos += 1
            value = value * atom() if op == "*" else value // atom()
        return value

    def atom():
        nonlocal pos
        kind, val = tokens[pos]
        pos += 1
        if val == "(":
            v = expr()
            pos += 1
            return v
        return val

    return expr()


out = []
col = collector(out)
next(col)
for text in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5"]:
    tok = tokenizer(col)
    next(tok)
    for ch in text:
        tok.send(ch)
    try:
        tok.send(None)
    except StopIteration:
        pass
for tokens in out:
    print(len(tokens), evaluate(tokens))
tok = tokenizer(col)
next(tok)
try:
    tok.send("$")
except SyntaxError as e:
    print("SyntaxError:", e)
