# Implementing the ABCs: abstract methods, the concrete helpers, register.
import numbers

try:
    numbers.Number()
except TypeError as e:
    print("TypeError", e)
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError", e)

class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return "MyInt(%d)" % self.v

x = MyInt(7)
print(x, isinstance(x, numbers.Number), float(x), complex(x), x.real, x.imag)
print(x.numerator, x.denominator, x.conjugate(), bool(x), bool(MyInt(0)))
print(x - 2, 10 - x, divmod(x, 2), divmod(20, x), [10, 20, 30, 40, 50, 60, 70, 80][x])
print(x.__index__())

class Half(numbers.Real):
    pass

try:
    Half()
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])

class Meters:
    pass

numbers.Real.register(Meters)
print(isinstance(Meters(), numbers.Real), isinstance(Meters(), numbers.Complex),
      isinstance(Meters(), numbers.Rational))
