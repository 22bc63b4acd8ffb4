import re

cells = {
    "A1": "10", "A2": "20", "A3": "=A1+A2", "B1": "=A3*2", "B2": "=SUM(A1:A3)",
    "B3": "=B1-B2/4", "C1": "=AVG(A1:B1)", "C2": "=MAX(A1:B3)", "C3": "=C1*0",
}


def expand(rng):
    (c1, r1), (c2, r2) = [(m[0], int(m[1:])) for m in rng.split(":")]
    return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]


def evaluate(name, cache, stack=()):
    if name in cache:
        return cache[name]
    if name in stack:
        raise ValueError("cycle: " + " -> ".join(stack + (name,)))
    raw = cells.get(name, "0")
    if not raw.startswith("="):
        val = float(raw)
    else:
        expr = raw[1:]
        funcs = {"SUM": sum, "AVG": lambda xs: sum(xs) / len(xs), "MAX": max}

        def fn(m):
            vals = [evaluate(c, cache, stack + (name,)) for c in expand(m.group(2)) if c in cells]
            return repr(funcs[m.group(1)](vals))
        expr = re.sub(r"(SUM|AVG|MAX)\((\w+:\w+)\)", fn, expr)
        expr = re.sub(r"[A-Z]\d+", lambda m: repr(evaluate(m.group(0), cache, stack + (name,))), expr)
        val = float(eval_arith(expr))
    cache[name] = val
    return val


def eval_arith(expr):
    tokens = re.findall(r"\d+\.?\d*(?:e[-+]?\d+)?|[-+*/()]", expr)
    pos = 0

    def atom():
        nonlocal pos
        t = tokens[pos]; pos += 1
        if t == "(":
            v = add(); pos += 1; return v
        if t == "-":
            return -atom()
        return float(t)

    def mul():
        nonlocal pos
        v = atom()
        while pos < len(tokens) and tokens[pos] in "*/":
            op = tokens[pos]; pos += 1
            v = v * atom() if op == "*" else v / atom()
        return v

    def add():
        nonlocal pos
        v = mul()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]; pos += 1
            v = v + mul() if op == "+" else v - mul()
        return v
    return add()


cache = {}
for name in sorted(cells):
    print(f"{name}: {cells[name]:<14} = {evaluate(name, cache):g}")
cells["A1"] = "=C2"
try:
    evaluate("B1", {})
except ValueError as e:
    print(e)
