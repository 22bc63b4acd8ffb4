# The generated __init__ of a dataclass and __new__ of a namedtuple have an
# empty __dict__, as in CPython 3.11, and inspect.signature() still shows
# their parameters (round 14).
import collections
import dataclasses
import inspect
import typing


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0
    z: float = dataclasses.field(default=0.0, kw_only=True)


@dataclasses.dataclass
class Selfish:
    self: str
    other: int = 1


Pair = collections.namedtuple("Pair", "left right", defaults=[None])


class Row(typing.NamedTuple):
    key: str
    value: int = 0


for f in (Point.__init__, Selfish.__init__, Pair.__new__, Row.__new__):
    print(f.__qualname__, vars(f), f.__dict__, sorted(n for n in dir(f) if not n.startswith("__")))
print(inspect.signature(Point))
print(inspect.signature(Point.__init__))
print(inspect.signature(Selfish))
print(inspect.signature(Selfish.__init__))
print(inspect.signature(Pair))
print(inspect.signature(Pair.__new__))
print(inspect.signature(Row))

# An attribute set on the function is an ordinary attribute and changes
# nothing inspect shows.
Point.__init__.note = "mine"
Point.__init__._moat_signature_params = ("me", ("a",), ())
print(vars(Point.__init__))
print(inspect.signature(Point))
del Point.__init__._moat_signature_params
print(Point(1, 2, z=3.5), Pair(1), Row("k"))
