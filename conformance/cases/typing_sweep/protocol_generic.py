# Generic protocols and protocol inheritance.
from typing import Protocol, TypeVar, runtime_checkable, Iterator
T_co = TypeVar("T_co", covariant=True)
@runtime_checkable
class SupportsNext(Protocol[T_co]):
    def __next__(self) -> T_co: ...
print(isinstance(iter([1]), SupportsNext), isinstance([], SupportsNext))
print(SupportsNext.__parameters__)
print(repr(SupportsNext[int]).replace("__main__.", ""))
@runtime_checkable
class Sized2(Protocol):
    def __len__(self) -> int: ...
@runtime_checkable
class SizedIter(Sized2, Protocol):
    def __iter__(self): ...
print(isinstance([], SizedIter), isinstance(iter([]), SizedIter), isinstance({}, SizedIter))
try:
    class Bad(Protocol, int): pass
except TypeError as e:
    print("TypeError", e)
