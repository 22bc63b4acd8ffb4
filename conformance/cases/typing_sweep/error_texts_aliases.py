# Error texts from misused typing aliases.
import typing
from typing import List, Dict, Tuple, Callable, Hashable, Sized, Type, Generic, TypeVar, Protocol
T = TypeVar("T")
tries = [
    lambda: List[int, str], lambda: Dict[str], lambda: Tuple[int][str], lambda: Hashable[int],
    lambda: Sized[int], lambda: Type[int, str], lambda: Callable[[int]], lambda: Callable[int, str],
    lambda: Protocol[int], lambda: type(Generic[T]()).__name__, lambda: typing.Optional[int](),
    lambda: List[T][int, str], lambda: Dict[T, T][int, str], lambda: typing.Iterable[int][str],
]
for t in tries:
    try:
        print(t())
    except TypeError as e:
        print("TypeError", e)
