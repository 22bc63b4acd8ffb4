# collections.abc.Callable aliases: repr of every argument form and copying.
import copy
from collections.abc import Callable
from typing import ParamSpec, Concatenate, TypeVar
P = ParamSpec("P")
T = TypeVar("T")
forms = [Callable[[], None], Callable[[int], None], Callable[..., list[int]],
         Callable[[Callable[[int], str]], None], Callable[P, int], Callable[Concatenate[int, P], T],
         Callable[[int | None], dict[str, int]]]
for c in forms:
    print(c, c.__args__, copy.copy(c) == c, copy.deepcopy(c) == c)
print(Callable[[int], str].__reduce__())
