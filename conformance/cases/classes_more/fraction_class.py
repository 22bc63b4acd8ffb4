def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Frac:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("denominator is zero")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @classmethod
    def _coerce(cls, x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return cls(x)
        return None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den - o.num * self.den, self.den * o.den)

    def __rsub__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return o - self

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Frac(self.num * o.den, self.den * o.num)

    def __rtruediv__(self, other):
        return self._coerce(other) / self

    def __pow__(self, n):
        if n >= 0:
            return Frac(self.num ** n, self.den ** n)
        return Frac(self.den ** -n, self.num ** -n)

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return self.num == o.num and self.den == o.den

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


a, b = Frac(1, 2), Frac(1, 3)
print(a + b, a - b, a * b, a / b, b - a, 1 - a, 2 * b, 1 / b, a ** 3, b ** -2)
print(repr(Frac(6, -8)), Frac(0, 5), -a, abs(Frac(-3, 4)))
print(float(Frac(1, 8)), int(Frac(7, 2)), int(Frac(-7, 2)))
print(a == Frac(2, 4), a == 1, Frac(4, 2) == 2, a < b, b < a, a <= Frac(1, 2))
total = sum(Frac(1, n) for n in range(1, 7))
print(total, repr(total))
print(sorted([Frac(3, 4), Frac(1, 5), Frac(2, 3), Frac(-1, 2)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a / Frac(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a + 0.5
except TypeError as e:
    print("TypeError", e)
# Egyptian fraction decomposition
x = Frac(7, 15)
parts = []
while x.num != 0:
    n = -(-x.den // x.num)
    parts.append(Frac(1, n))
    x = x - Frac(1, n)
print(" + ".join(map(str, parts)))
