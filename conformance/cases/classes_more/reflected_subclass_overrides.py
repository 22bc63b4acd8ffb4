class MyInt(int):
    def __radd__(self, o):
        print("MyInt.__radd__")
        return "r"
    def __rsub__(self, o):
        return NotImplemented
print(1 + MyInt(2))
print(1 - MyInt(2))
class Base:
    def __add__(self, o):
        print("Base.__add__")
        return "base"
    def __radd__(self, o):
        print("Base.__radd__")
        return "base-r"
class Derived(Base):
    def __radd__(self, o):
        print("Derived.__radd__")
        return "derived-r"
print(Base() + Derived())
class Derived2(Base):
    pass
print(Base() + Derived2())
class Meters:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        if isinstance(o, Meters): return self.v == o.v
        if isinstance(o, (int, float)): return self.v == o
        return NotImplemented
    def __repr__(self): return f"{self.v}m"
print(Meters(3) == 3, 3 == Meters(3), Meters(3) == "3", [Meters(1), Meters(2)] == [1, 2], (1, 2) == (Meters(1), Meters(2)))
print(Meters(1) in [0, 1], {1: "a"}.get(Meters(1), "no hash" ) if False else "")
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v - o.v
    def __repr__(self): return f"Lt{self.v}"
print(sorted([Lt(3), Lt(1), Lt(2)]))
class Str:
    def __init__(self, s): self.s = s
    def __mul__(self, n): return Str(self.s * n)
    def __rmul__(self, n): return Str(self.s * n + "!")
    def __repr__(self): return f"Str({self.s!r})"
print(Str("ab") * 2, 2 * Str("ab"))
class Num:
    def __init__(self, v): self.v = v
    def __truediv__(self, o): return Num(self.v / o)
    def __rtruediv__(self, o): return Num(o / self.v)
    def __floordiv__(self, o): return Num(self.v // o)
    def __mod__(self, o): return Num(self.v % o)
    def __rmod__(self, o): return Num(o % self.v)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return "rdivmod"
    def __pow__(self, o, m=None): return Num(pow(self.v, o, m))
    def __rpow__(self, o): return Num(o ** self.v)
    def __lshift__(self, o): return Num(self.v << o)
    def __rlshift__(self, o): return Num(o << self.v)
    def __and__(self, o): return Num(self.v & o)
    def __rand__(self, o): return Num(o & self.v)
    def __invert__(self): return Num(~self.v)
    def __repr__(self): return f"Num({self.v})"
n = Num(7)
print(n / 2, 14 / n, n // 2, n % 4, 20 % n, divmod(n, 2), divmod(3, n), n ** 2, pow(n, 2, 5), 2 ** Num(3))
print(n << 1, 1 << Num(3), n & 3, 6 & n, ~n)
try:
    pow(2, Num(3), 5)
except TypeError as e:
    print("TypeError", e)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return NotImplemented
    def __ne__(self, o): return NotImplemented
c = Cmp(1)
print(c == c, c != c, c == Cmp(1), c != Cmp(1))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
