from fractions import Fraction
from itertools import zip_longest


class Poly:
    def __init__(self, coeffs):
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.c = coeffs or [0]

    @property
    def degree(self):
        return len(self.c) - 1 if self.c != [0] else -1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        return Poly(a + b for a, b in zip_longest(self.c, o.c, fillvalue=0))

    __radd__ = __add__

    def __neg__(self):
        return Poly(-a for a in self.c)

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else -o)

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __divmod__(self, d):
        rem = [Fraction(a) for a in self.c]
        q = [Fraction(0)] * max(len(rem) - len(d.c) + 1, 1)
        while len(rem) >= len(d.c) and any(rem):
            shift = len(rem) - len(d.c)
            f = rem[-1] / d.c[-1]
            q[shift] = f
            for i, b in enumerate(d.c):
                rem[shift + i] -= f * b
            rem.pop()
        return Poly(q), Poly(rem)

    def derivative(self):
        return Poly(i * a for i, a in enumerate(self.c) if i)

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = {0: f"{mag}", 1: f"{'' if mag == 1 else mag}x"}.get(i, f"{'' if mag == 1 else mag}x^{i}")
            terms.append((sign, body))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            s += f" {sign} {body}"
        return s


x = Poly([0, 1])
p = (x - 1) * (x + 2) * (x - 3)
print(p, "| degree", p.degree)
print([p(v) for v in range(-3, 5)])
print(p.derivative(), p.derivative().derivative())
print((x + 1) ** 5)
q, r = divmod(p, x - 1)
print("q =", q, " r =", r)
q, r = divmod(x ** 4 + 1, Poly([1, 0, 2]))
print("q =", q, " r =", r)
print(2 * x + 3 == Poly([3, 2]), p - p, Poly([]).degree)
