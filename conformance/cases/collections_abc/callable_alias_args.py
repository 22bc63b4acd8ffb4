# How Callable[...] shows its arguments: classes by qualified name (builtins
# bare), functions by name, aliases and other objects by repr; a nested
# list as the first argument stands for the whole parameter list.
from collections.abc import Callable, Iterable
import typing


def hook():
    pass


class Local:
    pass


print(Callable[[hook, Local], list[int]])
print(Callable[[Iterable[int], typing.List[str]], "ret"])
print(Callable[[1, None], ...])
print(Callable[[[int, str]], bool], Callable[[[int, str]], bool].__args__)
print(Callable[(int, str), bool], Callable[[], Local].__args__)
T = typing.TypeVar("T")
alias = Callable[[T, int], T]
print(alias, alias.__parameters__, alias[str], type(alias[str]).__name__)
print(alias.__reduce__()[1][1], Callable[..., T].__reduce__()[1][1])
try:
    Callable[[int], str][int]
except TypeError as e:
    print("TypeError", e)
