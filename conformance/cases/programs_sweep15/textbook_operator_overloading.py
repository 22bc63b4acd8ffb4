from functools import total_ordering
import math
class Vector:
    def __init__(self, *comps):
        self.c = tuple(comps)
    def __repr__(self):
        return f"Vector{self.c}"
    def __str__(self):
        return "<" + ", ".join(f"{x:g}" for x in self.c) + ">"
    def __len__(self): return len(self.c)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Vector(*self.c[i])
        return self.c[i]
    def __iter__(self): return iter(self.c)
    def __add__(self, o):
        if not isinstance(o, Vector): return NotImplemented
        return Vector(*(a + b for a, b in zip(self, o)))
    def __radd__(self, o):
        if o == 0: return self
        return NotImplemented
    def __sub__(self, o): return self + (-o)
    def __neg__(self): return Vector(*(-a for a in self))
    def __mul__(self, k):
        if isinstance(k, Vector):
            return sum(a * b for a, b in zip(self, k))
        return Vector(*(a * k for a in self))
    __rmul__ = __mul__
    def __truediv__(self, k): return Vector(*(a / k for a in self))
    def __abs__(self): return math.sqrt(self * self)
    def __bool__(self): return any(self.c)
    def __eq__(self, o): return isinstance(o, Vector) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def __matmul__(self, o): return self * o
    def __contains__(self, x): return x in self.c
    def __round__(self, n=0): return Vector(*(round(a, n) for a in self))
    def __format__(self, spec): return "(" + ", ".join(format(a, spec) for a in self) + ")"

v, w = Vector(1, 2, 3), Vector(4, 5, 6)
print(v, repr(w), v + w, v - w, -v, v * 2, 3 * v, v * w, v @ w, w / 2)
print(abs(Vector(3, 4)), bool(Vector(0, 0)), bool(v), len(v), v[1], v[::-1], v[-1])
print(sum([v, w, Vector(1, 1, 1)]), 2 in v, 7 in v, list(v), tuple(w), max(w))
print(v == Vector(1, 2, 3), v != w, {v: 'a', Vector(1, 2, 3): 'b'})
print(round(Vector(1.234, 5.678), 1), f"{Vector(1, 2.5):8.3f}", format(v, '>4'))
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
try:
    5 - v
except TypeError as e:
    print("TypeError:", e)
try:
    v < w
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Money:
    def __init__(self, cents): self.cents = cents
    def __eq__(self, o): return self.cents == o.cents
    def __lt__(self, o): return self.cents < o.cents
    def __repr__(self): return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __iadd__(self, o):
        self.cents += o.cents
        return self
ms = [Money(150), Money(99), Money(1000), Money(99)]
print(sorted(ms), max(ms), Money(5) >= Money(5), Money(3) > Money(4), Money(1) <= Money(2))
m = Money(1); alias = m
m += Money(250)
print(m, alias, m is alias)
class Frac:
    def __init__(self, n, d=1):
        g = math.gcd(n, d)
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, s * d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): return self * Frac(o.d, o.n)
    def __pow__(self, k): return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __float__(self): return self.n / self.d
    def __int__(self): return self.n // self.d
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __str__(self): return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    __repr__ = __str__
h = sum(Frac(1, k) for k in range(1, 11))
print(h, float(h), int(h), Frac(2, -4), Frac(3, 4) ** -2, Frac(1, 2) / Frac(3, 4), 1 + Frac(1, 3))
print(sorted([Frac(1, 3), Frac(1, 2), Frac(-1, 5)]), min(Frac(2, 7), Frac(1, 4)))
print(f"{float(h):.6f}", "%d %s %r %5.2f" % (int(h), h, h, float(h)))
