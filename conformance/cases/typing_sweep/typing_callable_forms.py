# typing.Callable forms, reprs and args.
from typing import Callable, TypeVar, get_args, get_origin
T = TypeVar("T")
for c in (Callable[[int], str], Callable[..., None], Callable[[], int], Callable[[int, str], None],
          Callable[[T], T], Callable[[Callable[[int], int]], int]):
    print(c, get_origin(c), get_args(c), c.__parameters__)
print(Callable[[T], T][float])
print(Callable[[int], str] | None)
print(Callable[[int], str] == Callable[[int], str])
for key in ([int], (int,), (1, int), ((int,), str)):
    try:
        print(Callable[key])
    except TypeError as e:
        print("TypeError", e)
