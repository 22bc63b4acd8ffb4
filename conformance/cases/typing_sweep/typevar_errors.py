# TypeVar misuse.
from typing import TypeVar
tries = [
    lambda: TypeVar("X", int),
    lambda: TypeVar("X", int, str, bound=int),
    lambda: TypeVar("X", covariant=True, contravariant=True),
    lambda: TypeVar(1),
    lambda: TypeVar("X")[int],
    lambda: TypeVar("X", bound=3),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
    except ValueError as e:
        print("ValueError", e)
T = TypeVar("T")
try:
    isinstance(1, T)
except TypeError as e:
    print("TypeError", e)
