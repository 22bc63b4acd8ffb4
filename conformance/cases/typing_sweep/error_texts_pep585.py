# Error texts from misused PEP 585 aliases and unions.
from typing import TypeVar
T = TypeVar("T")
tries = [
    lambda: tuple[int, ...][int], lambda: dict[T, int][int, str], lambda: list[T][()],
    lambda: (int | list[T])[int, str], lambda: list[int] | 3, lambda: 3 | list[int],
    lambda: list[int] + list[str], lambda: -list[int], lambda: len(list[int]),
    lambda: list[int] < list[int], lambda: iter(int | str),
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
