# vars(obj) is obj.__dict__: the same dict for instances, the class's
# read-only mappingproxy for classes.
class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(vars(p))
print(vars(p) is p.__dict__)
vars(p)["z"] = 9
print(p.z, sorted(vars(p)))
print(type(vars(Point)).__name__)
print(sorted(k for k in vars(Point) if not k.startswith("__")))
print(vars(Point)["dims"], "norm" in vars(Point), "x" in vars(Point))


def f():
    pass


print(vars(f))
f.calls = 3
print(vars(f))


class Base:
    pass


class Child(Base):
    kind = "child"


c = Child()
print(vars(c))
c.a = [1, 2]
print(vars(c), dict(vars(Child)).get("kind"))

print({k: v for k, v in vars(p).items() if v > 0})

for bad in (5, "text", [1], (1,), None, 2.5, {1: 2}, print, len):
    try:
        vars(bad)
    except TypeError as e:
        print(type(bad).__name__, "TypeError", e)

for call in (lambda: vars(p, p), lambda: vars(object=p)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


try:
    vars(Slotted())
except TypeError as e:
    print("TypeError", e)


class WithGetattr:
    def __getattr__(self, name):
        raise AttributeError(name)


w = WithGetattr()
w.v = 1
print(vars(w))
