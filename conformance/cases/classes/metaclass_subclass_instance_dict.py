# Classes made by a metaclass that derives from another metaclass (typing's
# _ProtocolMeta derives from ABCMeta) keep their namespace as '__dict__', and
# a dict subclass made by a metaclass gives its instances an attribute dict.
import abc
from typing import Protocol, TypedDict

class Shape(Protocol):
    def area(self) -> float: ...

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side * self.side

print(type(Shape.__dict__).__name__, 'area' in Shape.__dict__, 'area' in vars(Square))
print('__dict__' in Shape.__dict__, '__dict__' in Square.__dict__)
s = Square(3)
print(s.__dict__, vars(s), s.area())

class Record(dict, metaclass=abc.ABCMeta):
    pass

class Entry(Record):
    __slots__ = ('tag',)

r = Record(a=1)
r.note = 'x'
e = Entry(b=2)
e.tag = 't'
e.extra = 5
print(r, r.__dict__, e, e.__dict__, e.tag)
print(sorted(k for k in Record.__dict__ if k.startswith('__') and k != '__abstractmethods__'))
print(sorted(Entry.__dict__.keys() & {'__dict__', '__weakref__', 'tag'}))

class Movie(TypedDict):
    title: str

print(sorted(Movie.__dict__.keys() & {'__dict__', '__weakref__'}), Movie(title='x'))
