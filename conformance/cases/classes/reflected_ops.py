class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    __radd__ = __add__

    def __lt__(self, other):
        return self.v < (other.v if isinstance(other, Meters) else other)

    def __repr__(self):
        return f"{self.v}m"


print(Meters(1) + Meters(2), Meters(1) + 5, 5 + Meters(1), sum([Meters(1), Meters(2)]))
print(sorted([Meters(3), Meters(1)]), Meters(1) < 2, 2 > Meters(1), 0 < Meters(3))


class Base:
    def __mul__(self, other):
        return "Base.__mul__"

    def __rmul__(self, other):
        return "Base.__rmul__"


class Derived(Base):
    def __rmul__(self, other):
        return "Derived.__rmul__"


print(Base() * Base(), Base() * Derived(), Derived() * Base(), 3 * Base(), Base() * 3)


class Left:
    def __sub__(self, other):
        return NotImplemented


class Right:
    def __rsub__(self, other):
        return "Right.__rsub__"


print(Left() - Right())
try:
    Right() - Left()
except TypeError as e:
    print("TypeError", e)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq called")
        return NotImplemented


print(Cmp(1) == Cmp(1), Cmp(1) != 3)
