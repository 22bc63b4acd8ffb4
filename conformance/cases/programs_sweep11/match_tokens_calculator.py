import re

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|(.))")


def tokenize(s):
    for num, op in TOKEN.findall(s):
        if num:
            yield ("num", float(num) if "." in num else int(num))
        elif op.strip():
            yield ("op", op)


def parse(tokens):
    tokens = list(tokens)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else ("end", None)

    def take():
        nonlocal pos
        tok = peek()
        pos += 1
        return tok

    def atom():
        match take():
            case ("num", v):
                return v
            case ("op", "-"):
                return -atom()
            case ("op", "("):
                v = expr()
                match take():
                    case ("op", ")"):
                        return v
                    case tok:
                        raise SyntaxError(f"expected ')' got {tok}")
            case tok:
                raise SyntaxError(f"unexpected {tok}")

    def term():
        v = atom()
        while True:
            match peek():
                case ("op", "*" | "/" as op):
                    take()
                    r = atom()
                    v = v * r if op == "*" else v / r
                case _:
                    return v

    def expr():
        v = term()
        while True:
            match peek():
                case ("op", "+" | "-" as op):
                    take()
                    r = term()
                    v = v + r if op == "+" else v - r
                case _:
                    return v

    v = expr()
    if peek()[0] != "end":
        raise SyntaxError(f"trailing {peek()}")
    return v


for s in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 6) / 4", "2 * (3 + 4) * 0.5", "1 +", "(1", "1 2", "8 / (2 - 2)"]:
    try:
        print(s, "=", parse(tokenize(s)))
    except (SyntaxError, ZeroDivisionError) as e:
        print(s, "->", type(e).__name__, e)
