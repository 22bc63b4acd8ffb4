from math import gcd
class Rational:
    __slots__ = ("num", "den")
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        g = gcd(num, den)
        if den < 0:
            g = -g
        self.num, self.den = num // g, den // g
    def __repr__(self):
        return f"Rational({self.num}, {self.den})"
    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"
    def __eq__(self, other):
        if isinstance(other, int):
            return self.den == 1 and self.num == other
        if isinstance(other, Rational):
            return (self.num, self.den) == (other.num, other.den)
        return NotImplemented
    def __hash__(self):
        return hash(self.num) if self.den == 1 else hash((self.num, self.den))
    def __lt__(self, other):
        o = other if isinstance(other, Rational) else Rational(other)
        return self.num * o.den < o.num * self.den
    def __le__(self, other):
        return self == other or self < other
    def __add__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__
    def __sub__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return Rational(self.num * o.den - o.num * self.den, self.den * o.den)
    def __rsub__(self, o):
        return Rational(o) - self
    def __mul__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return Rational(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = o if isinstance(o, Rational) else Rational(o)
        return Rational(self.num * o.den, self.den * o.num)
    def __rtruediv__(self, o):
        return Rational(o) / self
    def __neg__(self):
        return Rational(-self.num, self.den)
    def __abs__(self):
        return Rational(abs(self.num), self.den)
    def __float__(self):
        return self.num / self.den
    def __int__(self):
        return int(self.num / self.den)
    def __index__(self):
        if self.den != 1:
            raise TypeError(f"{self} is not integral")
        return self.num
    def __complex__(self):
        return complex(float(self))
    def __round__(self, nd=None):
        return round(float(self), nd) if nd is not None else round(self.num / self.den)
    def __bool__(self):
        return self.num != 0
h = Rational(1, 2); t = Rational(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 / t, -h, abs(Rational(-3, 4)))
print(repr(Rational(6, -8)), Rational(4, 2), Rational(4, 2) == 2, hash(Rational(4, 2)) == hash(2))
print({Rational(2): "two", 2: "int two"}, len({Rational(3, 1), 3}))
print(sorted([Rational(3, 4), Rational(1, 8), Rational(1, 2), Rational(-1)]))
print(float(t), int(Rational(7, 2)), int(Rational(-7, 2)), complex(h), round(Rational(7, 2)), round(Rational(5, 2)), round(t, 3))
print(bin(Rational(10)), hex(Rational(255)), [1, 2, 3, 4][Rational(2)], list(range(Rational(3))))
try:
    [1, 2][Rational(1, 2)]
except TypeError as e:
    print("TypeError:", e)
try:
    Rational(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    h.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sum([Rational(1, n) for n in range(1, 7)]), max(h, t), min(h, t), h <= t, h >= t, h > t)
print(bool(Rational(0)), f"{h!s:>6}|{h!r:>20}|", str([h, t]), format(float(h), ".3f"))
total = Rational(0)
for k in range(1, 11):
    total += Rational(1, k * (k + 1))
print(total)
