# Attributes of a collections.abc.Callable alias.
from collections.abc import Callable
import typing
c = Callable[[int, str], bool]
print(c)
print(c.__origin__, c.__args__, c.__parameters__)
print(c.__name__, c.__module__)
print(type(c).__name__, c.__class__.__name__)
print(Callable[..., int], Callable[..., int].__args__)
print(Callable[[], None], Callable[[], None].__args__)
print(typing.get_origin(c), typing.get_args(c))
print(typing.get_args(Callable[..., int]))
try:
    isinstance(len, c)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(int, c)
except TypeError as e:
    print("TypeError", e)
