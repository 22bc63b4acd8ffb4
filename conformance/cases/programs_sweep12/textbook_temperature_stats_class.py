class Series:
    def __init__(self, name, values=()):
        self.name = name
        self.values = list(values)

    def __len__(self):
        return len(self.values)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Series(f"{self.name}[{i.start}:{i.stop}]", self.values[i])
        return self.values[i]

    def __iter__(self):
        return iter(self.values)

    def _binop(self, other, op, sym):
        if isinstance(other, Series):
            if len(other) != len(self):
                raise ValueError(f"length mismatch: {len(self)} vs {len(other)}")
            return Series(f"({self.name}{sym}{other.name})", map(op, self.values, other.values))
        return Series(f"({self.name}{sym}{other})", (op(v, other) for v in self.values))

    def __add__(self, o):
        return self._binop(o, lambda a, b: a + b, "+")

    def __sub__(self, o):
        return self._binop(o, lambda a, b: a - b, "-")

    def __mul__(self, o):
        return self._binop(o, lambda a, b: a * b, "*")

    def __truediv__(self, o):
        return self._binop(o, lambda a, b: a / b, "/")

    def mean(self):
        return sum(self.values) / len(self.values)

    def apply(self, fn):
        return Series(f"{fn.__name__}({self.name})", map(fn, self.values))

    def __repr__(self):
        vals = ", ".join(f"{v:g}" for v in self.values[:6])
        more = ", ..." if len(self) > 6 else ""
        return f"Series {self.name} [{vals}{more}]"


c = Series("c", [12.5, 14.0, 9.5, 21.0, 18.5, 16.0, 11.0])
f = c * 9 / 5 + 32
print(c, f, sep="\n")
print(round(c.mean(), 3), round(f.mean(), 3), len(f[2:5]), f[2:5])
delta = (f - c)
print(delta, delta.apply(round))
try:
    c + Series("x", [1, 2])
except ValueError as e:
    print("ValueError:", e)
print(max(c), sorted(c)[:3], list(c[::3]), sum(1 for v in c if v > c.mean()))
