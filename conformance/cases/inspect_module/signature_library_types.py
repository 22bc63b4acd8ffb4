import collections
import dataclasses
import enum
import functools
import inspect
import typing

Point = collections.namedtuple("Point", "x y")
Point3 = collections.namedtuple("Point3", ["x", "y", "z"], defaults=[0])


class Pair(typing.NamedTuple):
    left: int
    right: str = "r"


@dataclasses.dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    tags: list = dataclasses.field(default_factory=list)
    _: dataclasses.KW_ONLY
    label: str = ""


class Color(enum.Enum):
    RED = 1


for obj in (Point, Point3, Pair, Point._make, Point3(1, 2)._replace, Version, Version.__init__,
            Version.__lt__, property, enumerate, functools.reduce, functools.partial(Point, 1),
            Color.RED.__eq__ if False else Color):
    try:
        print(getattr(obj, "__qualname__", type(obj).__name__), inspect.signature(obj))
    except ValueError as e:
        print("ValueError", str(e).split(" at 0x")[0])

sig = inspect.signature(Point3)
print(sig.bind(1, y=2), sig.parameters["z"].default)
ba = inspect.signature(Version).bind(1, label="x")
ba.apply_defaults()
print(ba)
