# Type variables in a collections.abc.Callable alias.
from collections.abc import Callable
from typing import TypeVar, ParamSpec
T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
g = Callable[[T], R]
print(g.__parameters__)
print(g[int, str])
print(type(g[int, str]).__name__)
h = Callable[[T, int], list[T]]
print(h.__parameters__, h[str])
p = Callable[P, R]
print(p, p.__parameters__)
print(p[[int, str], bool])
print(p[..., bool])
for t in (lambda: p[int, bool], lambda: g[int], lambda: g[int, str, bytes]):
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
