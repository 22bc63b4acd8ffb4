# A mixin that defines __init__ but not __new__ (a plain class or a
# dataclass) is the data type: members are made bare, their value is the
# mixin made from the member's arguments, and __init__ gets them too.
from enum import Enum
from dataclasses import dataclass
class Foo:
    def __init__(self, a):
        self.a = a
    def __repr__(self):
        return f'Foo(a={self.a!r})'
class Entries(Foo, Enum):
    ENTRY1 = 1
    ENTRY2 = 'two'
print(repr(Entries.ENTRY1), Entries.ENTRY1.a, Entries._member_type_ is Foo, Entries.ENTRY2.value)
print(Entries.ENTRY2.a)
@dataclass
class Point:
    x: int
    y: int = 0
class Corners(Point, Enum):
    ORIGIN = 0, 0
    RIGHT = 1, 0
    UP = 0
print(repr(Corners.ORIGIN), Corners.RIGHT.x, Corners.UP.value, isinstance(Corners.UP, Point))
print(Corners.RIGHT.value == Point(1, 0), Corners(Point(1, 0)))
try:
    class Bad(Foo, Enum):
        X = (1, 2)
except TypeError as e:
    print("TypeError", e)
