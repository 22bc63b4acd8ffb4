# __slots__ classes with properties, class attributes as defaults, and
# inheritance adding slots; __dict__ appears only where a base lacks slots.
class Base:
    __slots__ = ("_x",)
    kind = "base"

    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        return self._x


class WithY(Base):
    __slots__ = ("y",)

    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


class Loose(Base):
    pass


w = WithY(1, 2)
print(w.x, w.y, w.kind, hasattr(w, "__dict__"), sorted(WithY.__slots__))
for action in (lambda: setattr(w, "z", 3), lambda: setattr(w, "x", 9), lambda: setattr(w, "kind", "k")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
l = Loose(5)
l.extra = "ok"
print(l.x, vars(l), hasattr(l, "__dict__"))
b = Base.__new__(Base)
try:
    print(b.x)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Base.__dict__["_x"]).__name__, Base._x.__name__)
