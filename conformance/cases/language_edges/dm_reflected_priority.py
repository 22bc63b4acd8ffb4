# A right operand whose type is a subclass of the left's, and which
# overrides the reflected method, is tried first.
class Base:
    def __init__(self, tag):
        self.tag = tag
    def __add__(self, other):
        return f"Base.__add__({self.tag}, {other.tag})"
    def __radd__(self, other):
        return f"Base.__radd__({self.tag}, {other.tag})"
    def __lt__(self, other):
        return f"Base.__lt__"
    def __gt__(self, other):
        return f"Base.__gt__"


class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.tag}, {other.tag})"
    def __gt__(self, other):
        return "Derived.__gt__"


class NoOverride(Base):
    pass


b, d, n = Base("b"), Derived("d"), NoOverride("n")
print(b + d)
print(d + b)
print(b + n)
print(b < d)
print(b < n)
print(d < b)

class RetNI(Base):
    def __radd__(self, other):
        print("RetNI.__radd__ first")
        return NotImplemented
print(b + RetNI("r"))

class IntSub(int):
    def __radd__(self, other):
        return f"IntSub.__radd__({other})"
    def __rsub__(self, other):
        return "IntSub.__rsub__"
print(1 + IntSub(2), 1 - IntSub(2), IntSub(2) + 1)

class FloatSub(float):
    def __rmul__(self, other):
        return "FloatSub.__rmul__"
print(2.0 * FloatSub(3), 2 * FloatSub(3))

class StrSub(str):
    def __radd__(self, other):
        return "StrSub.__radd__"
    def __rmod__(self, other):
        return "StrSub.__rmod__"
print("a" + StrSub("b"), "%s" % StrSub("x"))

class Pow:
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
print(2 ** Pow())
try:
    pow(2, Pow(), 5)
except TypeError as e:
    print("TypeError", e)
