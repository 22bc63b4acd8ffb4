# Records with __slots__ and validating descriptors kept beside the slots.
class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.public = name
        self.slot = getattr(owner, "_" + name)

    def __get__(self, obj, cls=None):
        return self if obj is None else self.slot.__get__(obj, cls)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public}: expected {self.kind.__name__}, got {value!r}")
        self.slot.__set__(obj, value)

    def __delete__(self, obj):
        raise AttributeError(f"{self.public} cannot be deleted")


class Point:
    __slots__ = ("_x", "_y")
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x += 10
print(p, type(Point.__dict__["_x"]).__name__, hasattr(p, "__dict__"))
for action in (lambda: setattr(p, "y", 2.5), lambda: delattr(p, "x"), lambda: setattr(p, "z", 1)):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
del p._y
try:
    print(p)
except AttributeError as e:
    print("AttributeError:", e)
