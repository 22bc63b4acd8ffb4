def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Rational:
    __match_args__ = ("n", "d")

    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f"Rational({n}, 0)")
        g = gcd(n, d)
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, s * d // g

    def __add__(self, o):
        o = _r(o)
        return Rational(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = _r(o)
        return Rational(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = _r(o)
        return Rational(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = _r(o)
        return Rational(self.n * o.d, self.d * o.n)

    def __rtruediv__(self, o):
        return _r(o) / self

    __radd__ = __add__
    __rmul__ = __mul__

    def __eq__(self, o):
        o = _r(o)
        return (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = _r(o)
        return self.n * o.d < o.n * self.d

    def __floor__(self):
        return self.n // self.d

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)

    def continued(self):
        terms, n, d = [], self.n, self.d
        while d:
            q = n // d
            terms.append(q)
            n, d = d, n - q * d
        return terms

    @classmethod
    def from_continued(cls, terms):
        x = cls(terms[-1])
        for t in reversed(terms[:-1]):
            x = t + 1 / x
        return x

    def mediant(self, o):
        return Rational(self.n + o.n, self.d + o.d)


def _r(x):
    return x if isinstance(x, Rational) else Rational(x)


def classify(q):
    match q:
        case Rational(0, _):
            return "zero"
        case Rational(n, 1):
            return f"integer {n}"
        case Rational(1, d):
            return f"unit fraction 1/{d}"
        case Rational(n, d) if n > d:
            return f"improper {n // d} {n % d}/{d}"
        case Rational(n, d) if n < 0:
            return "negative"
        case _:
            return "proper"


for q in [Rational(415, 93), Rational(-7, 3), Rational(0, 5), Rational(12, 4), Rational(1, 7), Rational(3, 8)]:
    print(repr(q), q.continued(), classify(q), Rational.from_continued(q.continued()) == q)
sqrt2 = [Rational.from_continued([1] + [2] * k) for k in range(1, 8)]
print(sqrt2, [round(x.n / x.d, 8) for x in sqrt2[-2:]])
golden = [Rational.from_continued([1] * k) for k in range(1, 12)]
print(golden)
# Stern-Brocot search for the best approximation of pi with denominator <= 120
lo, hi, target = Rational(3), Rational(4), Rational(314159265, 100000000)
best = lo
while True:
    m = lo.mediant(hi)
    if m.d > 120:
        break
    if abs((m - target).n) * best.d * target.d < abs((best - target).n) * m.d * target.d:
        best = m
    if m < target:
        lo = m
    else:
        hi = m
print("best pi approx", best, float(best.n / best.d))
h = sum((Rational(1, k) for k in range(1, 11)), Rational(0))
print(h, h.continued(), sorted([Rational(2, 3), Rational(3, 5), Rational(5, 8), Rational(1, 2)]))
try:
    Rational(1) / Rational(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
