# The methods @dataclass generates belong to the class's module (CPython
# execs them in its globals); a namedtuple's __new__ to 'namedtuple_<name>'.
from collections import namedtuple
from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(order=True, frozen=True)
class Point:
    x: int
    y: list = field(default_factory=list)


for name in ("__init__", "__repr__", "__eq__", "__lt__", "__ge__", "__hash__",
             "__setattr__", "__delattr__"):
    method = getattr(Point, name)
    print(name, method.__qualname__, method.__module__)


@dataclass
class Plain:
    a: int

    def __repr__(self):
        return "custom"


print(Plain.__init__.__module__, Plain.__eq__.__module__, Plain.__repr__.__module__)

Pair = namedtuple("Pair", "left right")


class Row(NamedTuple):
    key: str


print(Pair.__new__.__module__, Pair._make.__module__, Pair.__module__)
print(Row.__new__.__module__, Row.__module__)
