# Substitution through nested PEP 585 aliases.
from typing import TypeVar
K = TypeVar("K")
V = TypeVar("V")
Table = dict[K, list[V]]
print(Table[str, int])
print(Table[str, int].__args__)
Nested = list[dict[K, tuple[V, ...]]]
print(Nested.__parameters__, Nested[int, str])
Pair = tuple[K, K]
print(Pair[int])
