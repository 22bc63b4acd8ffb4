class CycleError(Exception):
    pass


class Cell:
    def __init__(self, sheet, name, raw):
        self.sheet, self.name, self.raw = sheet, name, raw

    def refs(self):
        if not isinstance(self.raw, str) or not self.raw.startswith("="):
            return []
        out, tok = [], ""
        for ch in self.raw[1:] + " ":
            if ch.isalnum():
                tok += ch
            else:
                if tok and tok[0].isalpha() and tok[1:].isdigit():
                    out.append(tok)
                tok = ""
        return out


class Sheet:
    def __init__(self):
        self.cells = {}
        self.evals = 0

    def __setitem__(self, name, raw):
        self.cells[name] = Cell(self, name, raw)

    def __getitem__(self, name):
        return self.value(name, ())

    def value(self, name, stack):
        if name in stack:
            raise CycleError(" -> ".join(stack + (name,)))
        cell = self.cells.get(name)
        if cell is None:
            return 0
        raw = cell.raw
        if not (isinstance(raw, str) and raw.startswith("=")):
            return raw
        self.evals += 1
        return self.evaluate(raw[1:], stack + (name,))

    def evaluate(self, expr, stack):
        expr = expr.strip()
        if expr.startswith("SUM(") and expr.endswith(")"):
            a, b = expr[4:-1].split(":")
            col0, col1 = a[0], b[0]
            r0, r1 = int(a[1:]), int(b[1:])
            return sum(self.value(f"{chr(c)}{r}", stack) for c in range(ord(col0), ord(col1) + 1)
                       for r in range(r0, r1 + 1))
        for op in "+-":
            depth = 0
            for i in range(len(expr) - 1, -1, -1):
                ch = expr[i]
                depth += (ch == ")") - (ch == "(")
                if ch == op and depth == 0 and i > 0:
                    l, r = self.evaluate(expr[:i], stack), self.evaluate(expr[i + 1:], stack)
                    return l + r if op == "+" else l - r
        for op in "*/":
            depth = 0
            for i in range(len(expr) - 1, -1, -1):
                ch = expr[i]
                depth += (ch == ")") - (ch == "(")
                if ch == op and depth == 0:
                    l, r = self.evaluate(expr[:i], stack), self.evaluate(expr[i + 1:], stack)
                    return l * r if op == "*" else l / r
        if expr.startswith("(") and expr.endswith(")"):
            return self.evaluate(expr[1:-1], stack)
        if expr[0].isalpha():
            return self.value(expr, stack)
        return float(expr) if "." in expr else int(expr)

    def render(self, cols, rows):
        lines = ["    " + "".join(f"{c:>9}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                try:
                    v = self[f"{c}{r}"]
                    cells.append(f"{v:>9.2f}" if isinstance(v, float) else f"{v!s:>9}")
                except (CycleError, ZeroDivisionError) as e:
                    cells.append(f"{'#' + type(e).__name__[:5]:>9}")
            lines.append(f"{r:<4}" + "".join(cells))
        return "\n".join(lines)


s = Sheet()
s["A1"], s["A2"], s["A3"] = 10, 20, 30.5
s["B1"] = "=A1*2"
s["B2"] = "=A2*(B1-15)"
s["B3"] = "=SUM(A1:A3)"
s["C1"] = "=B3/4"
s["C2"] = "=C3+1"
s["C3"] = "=C2*2"
s["D1"] = "=A1/(A2-20)"
s["D2"] = "label"
s["D3"] = "=SUM(A1:B2)-B1"
print(s.render("ABCD", range(1, 4)))
print(s["B2"], s["B3"], s["Z9"], s.cells["B2"].refs(), s.cells["D3"].refs())
try:
    s["C3"]
except CycleError as e:
    print("CycleError", e)
s["A1"] = 1
print(s["B2"], s["D3"], s.evals > 0)
