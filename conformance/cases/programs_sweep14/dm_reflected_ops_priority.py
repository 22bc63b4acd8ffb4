# Reflected operators: a subclass's __radd__ runs first, NotImplemented
# falls through to the other side, and in-place falls back to binary.
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        print(f"  {type(self).__name__}.__add__")
        return type(self)(self.v + getattr(o, "v", o)) if isinstance(o, (Base, int)) else NotImplemented

    def __radd__(self, o):
        print(f"  {type(self).__name__}.__radd__")
        return type(self)(getattr(o, "v", o) + self.v)

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Derived(Base):
    def __radd__(self, o):
        print("  Derived.__radd__ (priority)")
        return Derived(getattr(o, "v", o) * 100 + self.v)


print(Base(1) + Base(2))
print(Base(1) + Derived(2))
print(5 + Base(1))
print(Base(1) + 5)
x = Base(10)
x += 1
print(x)
try:
    Base(1) + "s"
except TypeError as e:
    print("TypeError:", e)
print(sum([Base(1), Base(2)], Base(0)), sum([Derived(1)], 0))
