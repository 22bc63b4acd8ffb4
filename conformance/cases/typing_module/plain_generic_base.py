# Listing Generic itself (not Generic[...]) among a class's bases is an
# error; Generic[T] and the classes derived from generic ones are fine.
from typing import Generic, TypeVar, Protocol

T = TypeVar('T')
try:
    class Plain(Generic):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class Mixed(int, Generic):
        pass
except TypeError as e:
    print("TypeError", e)


class Box(Generic[T]):
    pass


class Derived(Box):
    pass


class Concrete(Box[int]):
    pass


class Proto(Protocol):
    pass


print(Box.__parameters__, Box.__orig_bases__)
print(Derived.__parameters__, '__orig_bases__' in Derived.__dict__)
print(Concrete.__parameters__, Concrete.__orig_bases__)
print(Proto.__parameters__)
try:
    class Both(Generic[T], Generic):
        pass
except TypeError as e:
    print("TypeError", e)
