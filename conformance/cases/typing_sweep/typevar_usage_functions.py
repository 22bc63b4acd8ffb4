# TypeVar in everyday generic functions.
from typing import TypeVar, Sequence, Callable, Iterable, Dict, List
T = TypeVar("T")
K = TypeVar("K")
def first(xs: Sequence[T]) -> T:
    return xs[0]
def group_by(xs: Iterable[T], key: Callable[[T], K]) -> Dict[K, List[T]]:
    out: Dict[K, List[T]] = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out
print(first([3, 4]), first("hi"))
print(group_by(["apple", "bob", "avocado"], lambda s: s[0]))
print(group_by.__annotations__)
