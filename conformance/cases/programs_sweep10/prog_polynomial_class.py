from itertools import zip_longest
from fractions import Fraction
class Poly:
    __slots__ = ("c",)
    def __init__(self, *coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = tuple(c) if c else (0,)
    @property
    def degree(self): return -1 if self.c == (0,) else len(self.c) - 1
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        return Poly(*(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0)))
    __radd__ = __add__
    def __neg__(self): return Poly(*(-a for a in self.c))
    def __sub__(self, o): return self + (-o if isinstance(o, Poly) else Poly(-o))
    def __rsub__(self, o): return -self + o
    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly(o)
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(*out)
    __rmul__ = __mul__
    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            raise ValueError("only non-negative integer powers")
        r = Poly(1)
        for _ in range(n): r = r * self
        return r
    def __divmod__(self, d):
        if d.degree < 0: raise ZeroDivisionError("polynomial division by zero")
        num = [Fraction(x) for x in self.c]; q = [Fraction(0)] * max(1, len(num) - len(d.c) + 1)
        while len(num) >= len(d.c) and any(num):
            k = len(num) - len(d.c); f = num[-1] / d.c[-1]; q[k] = f
            for i, b in enumerate(d.c): num[i + k] -= f * b
            num.pop()
        return Poly(*q), Poly(*num)
    def __eq__(self, o): return isinstance(o, Poly) and self.c == o.c
    def __hash__(self): return hash(self.c)
    def derivative(self): return Poly(*(i * a for i, a in enumerate(self.c) if i)) if len(self.c) > 1 else Poly(0)
    def __repr__(self):
        if self.degree < 0: return "0"
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0: continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            coef = "" if mag == 1 and i else str(mag)
            var = "" if i == 0 else "x" if i == 1 else f"x^{i}"
            terms.append(f"{sign} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+") else "-" + s[2:]
p = Poly(1, -3, 0, 2); q = Poly(-1, 1)
print(p, "|", q, "|", p + q, "|", p - 1, "|", 2 * q, "|", q ** 3, "|", p.derivative(), "|", p(2), p(Fraction(1, 2)))
print(divmod(p, q), divmod(Poly(0), q), p.degree, Poly(0).degree, Poly(0, 0), 5 - q, {p, Poly(1, -3, 0, 2, 0)})
for bad in [lambda: q ** -1, lambda: divmod(p, Poly(0)), lambda: p ** 1.5]:
    try: bad()
    except (ValueError, ZeroDivisionError) as e: print(type(e).__name__, e)
