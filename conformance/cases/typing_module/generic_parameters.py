# A generic class's __parameters__ and __orig_bases__, and the checks of
# subscripting it (Generic.__init_subclass__, _generic_class_getitem).
from typing import Generic, TypeVar, Protocol

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    pass


class Pair(Generic[K, V]):
    pass


class IntStack(Stack[int]):
    pass


class Mapped(Stack[K], Generic[K]):
    pass


class Mixed(Pair[str, V], Stack[K]):
    pass


class SupportsGet(Protocol[T]):
    def get(self) -> T: ...


for cls in (Stack, Pair, IntStack, Mapped, Mixed, SupportsGet):
    print(cls.__name__, cls.__parameters__, cls.__orig_bases__)
print(Pair[int, str], Pair[int, str].__parameters__, Mixed[int, bytes])

attempts = [
    lambda: Stack[int, str],
    lambda: Pair[int],
    lambda: Stack[()],
    lambda: IntStack[int],
    lambda: Generic[T, T],
    lambda: Generic[()],
    lambda: Protocol[int],
    lambda: Generic[int],
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)

try:
    class Bad(Stack[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


class FromList(list[int]):
    pass


print(getattr(Plain, "__parameters__", "no parameters"), FromList.__orig_bases__)
