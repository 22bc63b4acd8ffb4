# dataclass(slots=True)'s native helpers: _remake_class remakes a class a
# class statement made, with the same bases; it must not make a metaclass,
# accept anything but a class statement's class, or hand out class objects
# from the MRO through _base_slots (only names and slot declarations).
import abc
import dataclasses
import enum

try:
    dataclasses._remake_class(abc.ABCMeta, {})
except TypeError as e:
    print(e)
try:
    dataclasses._remake_class(int, {})
except TypeError as e:
    print(e)
try:
    dataclasses._remake_class(type, {'__init__': None})
except TypeError as e:
    print(e)


class Base:
    __slots__ = ('a',)


class Child(Base):
    pass


print(dataclasses._base_slots(Child))
print(all(isinstance(name, str) for name, _ in dataclasses._base_slots(enum.IntEnum)))
Again = dataclasses._remake_class(Child, {'__slots__': ('b',)})
print(Again.__name__, Again.__slots__, isinstance(Again(), Base))
# expect-output: a metaclass cannot be remade: only a class statement makes one
# expect-output: _remake_class() argument 1 must be a class statement's class, not type
# expect-output: _remake_class() argument 1 must be a class statement's class, not type
# expect-output: [('Base', ('a',))]
# expect-output: True
# expect-output: Child ('b',) True
