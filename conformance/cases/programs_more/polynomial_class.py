class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @classmethod
    def from_roots(cls, *roots):
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self):
        return -1 if self.c == [0] else len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for a in reversed(self.c):
            acc = acc * x + a
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-a for a in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))

    def __mul__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n):
        r = Poly([1])
        for _ in range(n):
            r = r * self
        return r

    def __divmod__(self, d):
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        q = [0] * max(1, len(rem) - len(d.c) + 1)
        while len(rem) >= len(d.c) and any(rem):
            k = len(rem) - len(d.c)
            f = rem[-1] // d.c[-1] if rem[-1] % d.c[-1] == 0 else rem[-1] / d.c[-1]
            q[k] = f
            for i, b in enumerate(d.c):
                rem[k + i] -= f * b
            rem.pop()
        return Poly(q), Poly(rem)

    def __floordiv__(self, d):
        return divmod(self, d)[0]

    def __mod__(self, d):
        return divmod(self, d)[1]

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def derivative(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = ("" if mag == 1 and i else str(mag)) + ("x" if i else "") + (f"^{i}" if i > 1 else "")
            terms.append((sign, body))
        s = "".join(f" {sg} {b}" for sg, b in terms).strip()
        return s[2:] if s.startswith("+ ") else "-" + s[2:]


p = Poly([1, -3, 0, 2])
q = Poly([-1, 1])
print(p, "|", q, "|", p.degree, Poly([0]).degree, Poly([0, 0, 0]))
print(p + q, "|", p - p, "|", p * q, "|", 3 * q, "|", q + 5)
print(q ** 4)
print([p(x) for x in range(-2, 3)], p.derivative(), p.derivative().derivative())
r = Poly.from_roots(1, 2, 3)
print(r, [r(x) for x in range(5)])
quot, rem = divmod(r, Poly([-1, 1]))
print(quot, "rem", rem)
quot, rem = divmod(Poly([5, 0, 1]), Poly([1, 1]))
print(quot, "rem", rem, quot * Poly([1, 1]) + rem == Poly([5, 0, 1]))
print(Poly([1, 0, 0, 0, 1]) // Poly([1, 1]), Poly([1, 0, 0, 0, 1]) % Poly([1, 1]))
print(Poly([1, 0, 1]) // Poly([0, 2]))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
x = Poly([0, 1])
print((x + 1) ** 5 == sum((Poly([0] * k + [c]) for k, c in enumerate([1, 5, 10, 10, 5, 1])), Poly([0])))
