# collections.abc generics: substitution, unions, repr.
from collections.abc import Mapping, Sequence, Iterable, Iterator, Generator, Callable
from typing import TypeVar
T = TypeVar("T")
K = TypeVar("K")
M = Mapping[K, Sequence[T]]
print(M, M.__parameters__, M[str, int])
print(Iterable[int] | None, Iterator[T][str])
print(Generator[int, None, str])
print(type(Mapping[str, int]).__name__, Mapping[str, int].__origin__)
print(Sequence[int] == Sequence[int], Sequence[int] == Iterable[int])
Handler = Callable[[T], None]
print(Handler[int], Handler[int] | None)
