# Class-syntax NamedTuple in 3.11 builds the class with
# collections.namedtuple and copies the body's other names onto it with
# setattr: __set_name__ runs neither for field defaults nor for other
# attributes, the class's type is plain `type`, and the body may not bind
# namedtuple's own names.
from typing import Generic, NamedTuple, TypeVar


class Named:
    def __init__(self, tag):
        self.tag = tag

    def __set_name__(self, owner, name):
        print("__set_name__", self.tag, owner.__name__, name)

    def __repr__(self):
        return f"Named({self.tag})"


class P(NamedTuple):
    """A point."""
    x: int
    y: object = Named("default")
    z = Named("plain")

    def total(self):
        return self.x + 1


p = P(1)
print(p, p.y, P.z, type(P).__name__, P.total(P(4)), P.__doc__, P.__qualname__)
print(P._field_defaults, P.__annotations__, P.__module__)
print(sorted(k for k in P.__dict__ if not k.startswith('__')))
print(isinstance(p, tuple), p._replace(x=3), P._make([5, 6]))

for body in ("_fields = 1", "_make = 1", "__slots__ = ()"):
    try:
        class Bad(NamedTuple):
            a: int
            if body == "_fields = 1":
                _fields = 1
            elif body == "_make = 1":
                _make = 1
            else:
                __slots__ = ()
    except AttributeError as e:
        print("AttributeError", e)

try:
    class Late(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError", e)

T = TypeVar("T")


class Box(NamedTuple, Generic[T]):
    item: T


print(Box(3), Box[int], Box.__parameters__)
