# Generic misuse.
from typing import Generic, TypeVar
T = TypeVar("T")
S = TypeVar("S")
class Box(Generic[T]): pass
tries = [
    lambda: Box[int, str],
    lambda: Generic[int],
    lambda: Generic[T, T],
    lambda: Box[int][str],
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
try:
    class Bad(Generic[T], Generic[S]): pass
except TypeError as e:
    print("TypeError", e)
try:
    class NotGeneric:
        pass
    NotGeneric[int]
except TypeError as e:
    print("TypeError", e)
