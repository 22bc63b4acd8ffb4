import operator

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "^": pow}


def tokenize(s):
    out, num = [], ""
    for ch in s:
        if ch.isdigit() or ch == ".":
            num += ch
            continue
        if num:
            out.append(float(num) if "." in num else int(num))
            num = ""
        if ch in OPS or ch in "()":
            out.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f"bad character {ch!r}")
    if num:
        out.append(float(num) if "." in num else int(num))
    return out


def parse(tokens, min_prec=0):
    PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    match tokens.pop(0):
        case "(":
            lhs = parse(tokens)
            tokens.pop(0)
        case "-":
            lhs = ("neg", parse(tokens, 3))
        case int() | float() as n:
            lhs = n
        case tok:
            raise SyntaxError(f"unexpected {tok!r}")
    while tokens and tokens[0] in PREC and PREC[tokens[0]] >= min_prec:
        op = tokens.pop(0)
        rhs = parse(tokens, PREC[op] + (0 if op == "^" else 1))
        lhs = (op, lhs, rhs)
    return lhs


def evaluate(node):
    match node:
        case ("neg", x):
            return -evaluate(x)
        case (op, a, b):
            return OPS[op](evaluate(a), evaluate(b))
        case n:
            return n


for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "7 - 2 - 1", "2 * (3 + 4) ^ 2", "3 $ 4", "* 2"]:
    try:
        tree = parse(tokenize(expr))
        print(f"{expr:18} = {evaluate(tree)!r:8} {tree}")
    except SyntaxError as e:
        print(f"{expr:18} ! {e}")
