# A recursive-descent calculator.
def evaluate(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            tokens.append(float(text[i:j]) if "." in text[i:j] else int(text[i:j]))
            i = j
        elif ch in "+-*/()%^":
            tokens.append(ch)
            i += 1
        else:
            raise ValueError(f"bad character {ch!r} at {i}")
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        return tok

    def expr():
        value = term()
        while peek() in ("+", "-"):
            op = take()
            value = value + term() if op == "+" else value - term()
        return value

    def term():
        value = factor()
        while peek() in ("*", "/", "%"):
            op = take()
            rhs = factor()
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor():
        base = unary()
        if peek() == "^":
            take()
            return base ** factor()
        return base

    def unary():
        if peek() == "-":
            take()
            return -unary()
        if peek() == "(":
            take()
            value = expr()
            if peek() != ")":
                raise ValueError("expected )")
            take()
            return value
        tok = take()
        if not isinstance(tok, (int, float)):
            raise ValueError(f"unexpected {tok!r}")
        return tok

    result = expr()
    if pos != len(tokens):
        raise ValueError(f"trailing tokens from {pos}")
    return result


for src in ("1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / 2", "1.5 * 4",
            "((2))", "2 * (3 + 4) - -1", "1 / 0", "2 +", "3 $ 4", "(1", "1 2"):
    try:
        print(src, "=", evaluate(src))
    except ZeroDivisionError as e:
        print(src, "-> ZeroDivisionError", e)
    except ValueError as e:
        print(src, "-> ValueError", e)
    except IndexError as e:
        print(src, "-> IndexError", e)
