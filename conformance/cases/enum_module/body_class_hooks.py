# What class creation does around an enum body that runs in its _EnumDict:
# __set_name__, __init_subclass__, super() (the __classcell__), annotations,
# __qualname__ and __module__, and the other metaclasses and class makers.
from enum import Enum, IntEnum
from abc import ABC, abstractmethod
from typing import NamedTuple, TypedDict
import dataclasses


class Named:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __get__(self, obj, owner=None):
        return 'named'


class Base(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
        super().__init_subclass__()

    def describe(self):
        return 'base %s' % self.name


class Color(Base):
    RED = 1
    GREEN = 2
    n = Named()

    def describe(self):
        return 'color ' + super().describe()

    def __class_getitem__(cls, item):
        return (cls.__name__, item)

    x: int


print(Color.RED.describe(), Color.n, Color[int] if False else Color.__class_getitem__(int))
print(Color.__qualname__, Color.__module__, Color.__annotations__)


class Outer:
    class Inner(IntEnum):
        A = 1
    print(Inner.__qualname__)


class P(NamedTuple):
    x: int
    y: int = 2


class TD(TypedDict):
    a: int


print(P(1), TD(a=1))


@dataclasses.dataclass
class D:
    c: Color = Color.RED


print(D())


class A(ABC):
    @abstractmethod
    def f(self): ...


try:
    A()
except TypeError as e:
    print(e)

import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Holder(Enum):
        ONE = 1

        class Nested:
            pass

print([m.name for m in Holder])
for w in caught:
    print(w.category.__name__, w.message, w.lineno)
