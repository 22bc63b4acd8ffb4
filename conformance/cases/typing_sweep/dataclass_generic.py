# Generic dataclasses.
from dataclasses import dataclass
from typing import Generic, TypeVar
T = TypeVar("T")
@dataclass
class Box(Generic[T]):
    item: T
    def get(self) -> T:
        return self.item
b = Box[int](3)
print(b, b.get(), Box.__parameters__)
@dataclass(frozen=True)
class Pair(Generic[T]):
    a: T
    b: T
p = Pair("x", "y")
print(p, hash(p) == hash(Pair("x", "y")))
