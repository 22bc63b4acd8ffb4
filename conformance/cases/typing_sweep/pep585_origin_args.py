# __origin__, __args__ and __parameters__ of PEP 585 aliases.
from typing import TypeVar
T = TypeVar("T")
for a in (list[int], dict[str, int], tuple[int, ...], tuple[()], list[T], dict[str, T]):
    print(a.__origin__, a.__args__, a.__parameters__)
print(dict[T, list[T]].__parameters__)
print(list[int].__class__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__)
print(list[int].append is list.append)
