import re
class CycleError(Exception):
    pass
class Sheet:
    REF = re.compile(r"\b([A-Z])(\d+)\b")
    def __init__(self):
        self.cells = {}
        self.cache = {}
    def set(self, ref, value):
        self.cells[ref] = value
        self.cache.clear()
    def get(self, ref, stack=()):
        if ref in stack:
            raise CycleError(" -> ".join(stack + (ref,)))
        if ref in self.cache:
            return self.cache[ref]
        raw = self.cells.get(ref, "")
        if isinstance(raw, str) and raw.startswith("="):
            val = self._eval(raw[1:], stack + (ref,))
        elif raw == "":
            val = 0
        else:
            val = raw
        self.cache[ref] = val
        return val
    def _eval(self, expr, stack):
        m = re.fullmatch(r"SUM\(([A-Z]\d+):([A-Z]\d+)\)", expr)
        if m:
            (c1, r1), (c2, r2) = self.REF.match(m[1]).groups(), self.REF.match(m[2]).groups()
            return sum(self.get(f"{chr(c)}{r}", stack) for c in range(ord(c1), ord(c2) + 1) for r in range(int(r1), int(r2) + 1))
        tokens = re.findall(r"[A-Z]\d+|\d+\.?\d*|[-+*/()]", expr)
        out = []
        for t in tokens:
            if self.REF.fullmatch(t):
                out.append(str(self.get(t, stack)))
            else:
                out.append(t)
        return self._arith(out)
    def _arith(self, toks):
        pos = 0
        def expr():
            nonlocal pos
            v = term()
            while pos < len(toks) and toks[pos] in "+-":
                op = toks[pos]; pos += 1
                v = v + term() if op == "+" else v - term()
            return v
        def term():
            nonlocal pos
            v = factor()
            while pos < len(toks) and toks[pos] in "*/":
                op = toks[pos]; pos += 1
                v = v * factor() if op == "*" else v / factor()
            return v
        def factor():
            nonlocal pos
            t = toks[pos]; pos += 1
            if t == "(":
                v = expr(); pos += 1
                return v
            if t == "-":
                return -factor()
            return float(t) if "." in t else int(t)
        return expr()
sh = Sheet()
for ref, v in {"A1": 10, "A2": 20, "A3": "=A1+A2*2", "B1": "=SUM(A1:A3)", "B2": "=(B1-A1)/4", "C1": "=C2+1", "C2": "=C1*2", "B3": "=-A1+B2"}.items():
    sh.set(ref, v)
for ref in ["A3", "B1", "B2", "B3", "D9", "C1"]:
    try:
        print(ref, sh.get(ref))
    except CycleError as e:
        print(ref, "cycle:", e)
    except ZeroDivisionError as e:
        print(ref, "div0", e)
sh.set("A1", 0); sh.set("B4", "=A2/A1")
print(sh.get("B1"))
try:
    sh.get("B4")
except ZeroDivisionError as e:
    print("B4", type(e).__name__, e)
