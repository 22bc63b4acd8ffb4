# The methods @dataclass generates implement abstract methods of an ABC
# base (the decorator updates __abstractmethods__, slots=True included);
# abstract methods it does not generate stay abstract. is_dataclass asks
# the class, never the instance.
import abc
from dataclasses import asdict, astuple, dataclass, is_dataclass


class Ordered(abc.ABC):
    @abc.abstractmethod
    def __lt__(self, other):
        pass

    @abc.abstractmethod
    def __le__(self, other):
        pass


@dataclass(order=True)
class Date(Ordered):
    year: int
    month: int
    day: int


print(sorted(Date.__abstractmethods__), Date(2020, 12, 25) > Date(2020, 8, 31))
print(sorted([Date(2021, 1, 1), Date(2020, 5, 5)]))


@dataclass(order=True, slots=True)
class SlotDate(Ordered):
    year: int


print(sorted(SlotDate.__abstractmethods__), SlotDate(3) < SlotDate(4), SlotDate.__slots__)


class Named(abc.ABC):
    @abc.abstractmethod
    def describe(self):
        pass

    @abc.abstractmethod
    def __repr__(self):
        pass


@dataclass
class Half(Named):
    name: str


print(sorted(Half.__abstractmethods__))
try:
    Half('x')
except TypeError as e:
    print("TypeError", e)


@dataclass
class Full(Half):
    def describe(self):
        return 'full ' + self.name


print(sorted(Full.__abstractmethods__), Full('y'), Full('y').describe())


class Anything:
    def __getattr__(self, key):
        return 0


class Plain:
    pass


p = Plain()
p.__dataclass_fields__ = {}
print(is_dataclass(Anything), is_dataclass(Anything()), is_dataclass(p), is_dataclass(Plain))
print(is_dataclass(Date), is_dataclass(Date(1, 2, 3)))
for obj in (Anything(), p):
    for f in (asdict, astuple):
        try:
            f(obj)
        except TypeError as e:
            print("TypeError", e)


# Every generated method is named for its class, __hash__ included.
def make():
    @dataclass(frozen=True, order=True)
    class Local:
        x: int
    return Local


Local = make()
for name in ('__init__', '__repr__', '__eq__', '__lt__', '__hash__', '__setattr__'):
    print(name, getattr(Local, name).__qualname__)
