# A subclass of a typing.NamedTuple class is a plain tuple subclass of it:
# it keeps the fields and __new__, and may override methods.
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Labeled(Point):
    def __repr__(self):
        return f'Labeled<{self.x}, {self.y}>'

    def label(self):
        return f'({self.x}|{self.y})'


p = Labeled(1, 2)
print(p, p.x, p.y, p.norm1(), p.label(), p == (1, 2), isinstance(p, Point))
print(Labeled(5), Labeled._fields, Labeled(y=3, x=4))
print(p._replace(y=7), type(p._replace(y=7)).__name__, Labeled._make([8, 9]))
try:
    Labeled(1, 2, 3)
except TypeError as e:
    print("TypeError", e)


class Annotated(Point):
    z: int = 5  # a subclass's annotation adds no field


a = Annotated(1)
print(a, Annotated._fields, a.z, len(a))
print(Point.x, Labeled.y)

from collections import namedtuple


class Pair(namedtuple('Pair', 'a b')):
    __slots__ = ()

    def total(self):
        return self.a + self.b


class NamedPair(Pair):
    pass


print(Pair(1, 2), NamedPair(3, 4), NamedPair(3, 4).total())
