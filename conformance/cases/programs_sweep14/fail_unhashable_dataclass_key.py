# An eq=True dataclass without frozen=True is unhashable as a dict key.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


@dataclass(frozen=True)
class FrozenPoint:
    x: int
    y: int


seen = {FrozenPoint(1, 2): "a"}
print(seen[FrozenPoint(1, 2)], Point(1, 2) == Point(1, 2))
visits = {}
for p in [Point(0, 0), Point(0, 1)]:
    visits[p] = visits.get(p, 0) + 1
