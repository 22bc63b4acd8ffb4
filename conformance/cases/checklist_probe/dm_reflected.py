class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        print("Num.__add__", o)
        if isinstance(o, (int, Num)):
            return Num(self.v + (o.v if isinstance(o, Num) else o))
        return NotImplemented
    def __radd__(self, o):
        print("Num.__radd__", o)
        if isinstance(o, int):
            return Num(o + self.v)
        return NotImplemented
    def __sub__(self, o):
        return NotImplemented
    def __rsub__(self, o):
        print("Num.__rsub__", o)
        return Num(o - self.v)
    def __iadd__(self, o):
        print("Num.__iadd__", o)
        return NotImplemented
    def __rpow__(self, o, mod=None):
        print("rpow", o, mod)
        return Num(o ** self.v)

class Sub(Num):
    def __radd__(self, o):
        print("Sub.__radd__", o)
        return Sub(99)
    def __rsub__(self, o):
        print("Sub.__rsub__", o)
        return Sub(-1)

print(Num(1) + 2)
print(2 + Num(1))
print(Num(1) + Sub(2))
print(Num(1) - Sub(2))
print(5 - Num(2))
print(2 ** Num(3))
n = Num(1)
n += 5
print(n)
n += Sub(1)
print(n)
try:
    n += "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x" + Num(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Num(1) - Num(2)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([Num(1), Num(2)]))
try:
    sum([Num(1)], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(pow(2, Num(3), 5))
except TypeError as e:
    print(type(e).__name__, e)

class L(list):
    def __radd__(self, o):
        return "L.radd"
print([1] + L([2]))
print(L([2]) + [1])

class F(float):
    def __rtruediv__(self, o):
        return "F.rtruediv"
print(1 / F(2.0))
print(1.0 / F(2.0))
