# Generic NamedTuple (3.11).
from typing import NamedTuple, Generic, TypeVar
T = TypeVar("T")
class Pair(NamedTuple, Generic[T]):
    first: T
    second: T
p = Pair(1, 2)
print(p, Pair.__parameters__)
print(repr(Pair[int]).replace("__main__.", ""))
print(Pair[int](3, 4))
