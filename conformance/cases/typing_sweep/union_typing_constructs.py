# `|` mixing PEP 604 with typing constructs.
import typing
from typing import List, Optional, Any, TypeVar, Literal
T = TypeVar("T")
print(int | List[int])
print(List[int] | None)
print(None | List[int])
print(Optional[int] | str)
print(int | Any)
print(T | None)
print(None | T)
print(Literal[1, 2] | None)
print(int | typing.Callable[[int], str])
print(type(int | List[int]).__name__)
