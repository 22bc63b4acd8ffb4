class PrettyPrinter:
    def __init__(self, indent=2, width=40, sort_keys=False):
        self.indent, self.width, self.sort_keys = indent, width, sort_keys

    def scalar(self, v):
        if v is None:
            return "null"
        if v is True:
            return "true"
        if v is False:
            return "false"
        if isinstance(v, str):
            out = ['"']
            for ch in v:
                if ch in '"\\':
                    out.append("\\" + ch)
                elif ch == "\n":
                    out.append("\\n")
                elif ch == "\t":
                    out.append("\\t")
                elif ord(ch) < 32:
                    out.append(f"\\u{ord(ch):04x}")
                else:
                    out.append(ch)
            out.append('"')
            return "".join(out)
        if isinstance(v, float):
            if v != v or v in (float("inf"), float("-inf")):
                raise ValueError(f"cannot encode {v!r}")
            return repr(v)
        if isinstance(v, int):
            return str(v)
        raise TypeError(f"cannot encode {type(v).__name__}")

    def compact(self, v):
        if isinstance(v, dict):
            return "{" + ", ".join(f"{self.scalar(str(k))}: {self.compact(x)}" for k, x in self.items(v)) + "}"
        if isinstance(v, (list, tuple)):
            return "[" + ", ".join(self.compact(x) for x in v) + "]"
        return self.scalar(v)

    def items(self, d):
        return sorted(d.items(), key=lambda kv: str(kv[0])) if self.sort_keys else list(d.items())

    def format(self, v, level=0):
        flat = self.compact(v)
        if len(flat) + level * self.indent <= self.width or not isinstance(v, (dict, list, tuple)) or not v:
            return flat
        pad = " " * (self.indent * (level + 1))
        end = " " * (self.indent * level)
        if isinstance(v, dict):
            inner = [f"{pad}{self.scalar(str(k))}: {self.format(x, level + 1)}" for k, x in self.items(v)]
            return "{\n" + ",\n".join(inner) + "\n" + end + "}"
        inner = [pad + self.format(x, level + 1) for x in v]
        return "[\n" + ",\n".join(inner) + "\n" + end + "]"


doc = {
    "name": "moat",
    "version": [1, 4, 2],
    "tags": ["sandbox", "python", "interpreter"],
    "owner": {"name": "Quote \"Q\" O'Neil", "active": True, "score": 97.5, "manager": None},
    "limits": {"steps": 1000000, "memory_mb": 64, "nested": {"deep": {"deeper": [1, 2, {"x": "tab\there"}]}}},
    "empty": {},
    "nothing": [],
}
pp = PrettyPrinter()
print(pp.format(doc))
print(PrettyPrinter(indent=4, width=60, sort_keys=True).format(doc["limits"]))
print(PrettyPrinter(width=200).format(doc) == pp.compact(doc))
print(pp.format([1, "two\n", 3.0, -0.5, 10 ** 20, {3: "int key"}, (True, False)]))
for bad in (float("nan"), {"s": {1, 2}}, [float("inf")]):
    try:
        pp.format(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
