# Substituting type variables in a union.
from typing import TypeVar
T = TypeVar("T")
K = TypeVar("K")
u = list[T] | None
print(u.__parameters__)
print(u[int])
v = dict[K, T] | T
print(v.__parameters__, v[str, int])
try:
    (int | str)[int]
except TypeError as e:
    print("TypeError", e)
try:
    u[int, str]
except TypeError as e:
    print("TypeError", e)
