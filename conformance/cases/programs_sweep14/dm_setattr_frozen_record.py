# Immutability via __setattr__/__delattr__, with a private escape hatch
# through object.__setattr__, and a dataclass(frozen=True) comparison.
import dataclasses


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable (tried to set {name})")

    def __delattr__(self, name):
        raise AttributeError(f"{type(self).__name__} is immutable (tried to delete {name})")

    def replace(self, **changes):
        return Frozen(changes.get("x", self.x), changes.get("y", self.y))

    def __repr__(self):
        return f"Frozen(x={self.x}, y={self.y})"


@dataclasses.dataclass(frozen=True)
class FrozenDC:
    x: int
    y: int = 0


f = Frozen(1, 2)
for action in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y"), lambda: setattr(f, "z", 1)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(f, f.replace(y=9), f)
d = FrozenDC(1)
for action in (lambda: setattr(d, "x", 5), lambda: delattr(d, "x"), lambda: setattr(d, "new", 1)):
    try:
        action()
    except dataclasses.FrozenInstanceError as e:
        print("FrozenInstanceError:", e, isinstance(e, AttributeError))
print(dataclasses.replace(d, y=3), hash(d) == hash(FrozenDC(1)), d)
