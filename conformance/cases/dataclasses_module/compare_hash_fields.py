# The generated __eq__, ordering and __hash__ read the compared (or hashed)
# fields in order: no field, one field, several, compare=False and
# hash=False fields left out, and an instance attribute deleted (the class
# default shows, or nothing does).
from dataclasses import dataclass, field


@dataclass(order=True, frozen=True)
class Empty:
    pass


@dataclass(order=True, frozen=True)
class One:
    x: int


@dataclass(order=True)
class Many:
    a: int
    b: str = "b"
    note: str = field(default="", compare=False)
    c: float = field(default=0.0, hash=False)


@dataclass(eq=True, unsafe_hash=True)
class Hashed:
    a: int
    b: int = field(default=0, hash=False)


print(Empty() == Empty(), Empty() < Empty(), Empty() <= Empty(), hash(Empty()) == hash(()))
print(One(1) < One(2), One(2) >= One(2), hash(One(5)) == hash((5,)), One(1) == 1)
print(sorted([Many(2, "a"), Many(1, "z"), Many(1, "c", "x"), Many(1, "c", c=-1.0)]))
print(Many(1, "b", "note1") == Many(1, "b", "note2"), Many(1) != Many(1, c=1.0))
print(hash(Hashed(1, 2)) == hash(Hashed(1, 3)), hash(Hashed(1)) == hash((1,)))
try:
    One(1) < Many(1)
except TypeError as exc:
    print(exc)
m = Many(1)
del m.b
print(m == Many(1), m.b)
del m.a
try:
    m == Many(1)
except AttributeError as exc:
    print(type(exc).__name__, exc)
try:
    Many(1, 2) < Many(1, "x")
except TypeError as exc:
    print(exc)
