import re

cells = {"A1": "5", "A2": "7", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=B1/(A1-5)", "B3": "=C9+1", "C1": "=C2", "C2": "=C1", "D1": "hello", "D2": "=D1*2"}
cache = {}


def value(ref, stack=()):
    if ref in stack:
        raise RecursionError(f"cycle: {' -> '.join(stack + (ref,))}")
    if ref in cache:
        return cache[ref]
    raw = cells.get(ref)
    if raw is None:
        raise KeyError(ref)
    if raw.startswith("="):
        expr = re.sub(r"[A-Z]\d+", lambda m: f"({value(m[0], stack + (ref,))!r})", raw[1:])
        if not re.fullmatch(r"[\d.()+\-*/ ']+|.*", expr):
            raise ValueError(expr)
        result = calc(expr)
    else:
        try:
            result = float(raw) if "." in raw else int(raw)
        except ValueError:
            result = raw
    cache[ref] = result
    return result


def calc(expr):
    tokens = re.findall(r"\d+\.?\d*|'[^']*'|[()+\-*/]", expr)
    pos = 0

    def atom():
        nonlocal pos
        t = tokens[pos]
        pos += 1
        if t == "(":
            v = add()
            pos += 1
            return v
        return t[1:-1] if t.startswith("'") else (float(t) if "." in t else int(t))

    def mul():
        nonlocal pos
        v = atom()
        while pos < len(tokens) and tokens[pos] in "*/":
            op = tokens[pos]
            pos += 1
            r = atom()
            v = v * r if op == "*" else v / r
        return v

    def add():
        nonlocal pos
        v = mul()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]
            pos += 1
            r = mul()
            v = v + r if op == "+" else v - r
        return v

    return add()


for ref in sorted(cells):
    try:
        print(ref, repr(value(ref)))
    except (ZeroDivisionError, RecursionError, KeyError, TypeError) as e:
        print(ref, "#ERR", type(e).__name__, e)
