# collections.abc.Callable aliases in unions (the CPython types.GenericAlias subclass).
from collections.abc import Callable
import types
c = Callable[[int], str]
for u in (c | None, None | c, c | int, int | c, c | list[int]):
    print(type(u).__name__, u)
print((c | None).__args__)
print(isinstance(c, types.GenericAlias))
print(c == Callable[[int], str], c != Callable[[int], int])
print(hash(c) == hash(Callable[[int], str]))
def f(cb: Callable[[int], str] | None = None) -> Callable[..., int] | None:
    return None
print(f.__annotations__)
