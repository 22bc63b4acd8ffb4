# Subscripting the ABCs in annotations, as `list[int]`.
from collections.abc import Iterable, Mapping, Callable, Sequence, Iterator, Generator

def total(xs: Iterable[int]) -> int:
    return sum(xs)

print(total([1, 2]), total.__annotations__["xs"])
print(Mapping[str, int], Sequence[int], Iterator[str], Generator[int, None, None])
print(Callable[[int, str], bool], Callable[[], None], Callable[..., int])
print(Callable[[int], str].__args__, Callable[..., int].__args__, Iterable[int].__args__)
print(Iterable[int].__origin__ is Iterable, Callable[[int], str] == Callable[[int], str])
for params in [int, (int,), (int, str, bool)]:
    try:
        Callable[params]
    except TypeError as e:
        print("TypeError", e)
try:
    Callable[int, str]
except TypeError as e:
    print("TypeError", e)

# The ABCs' __class_getitem__ is types.GenericAlias, which can be called.
GA = type(list[int])
print(GA(list, int), GA(dict, (str, int)), GA(Iterable, int) == Iterable[int])
for args, kwargs in [((list,), {}), ((list, int, str), {}), ((list, int), {"x": 1})]:
    try:
        GA(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
