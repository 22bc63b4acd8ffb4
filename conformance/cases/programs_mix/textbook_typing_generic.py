from typing import (Generic, TypeVar, Optional, List, Dict, Protocol, TypedDict, NamedTuple,
                    Iterator, Callable, Union, Any, Tuple, runtime_checkable, ClassVar, Final)
from dataclasses import dataclass

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        yield from reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist(self, other: "Point") -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5


class Movie(TypedDict, total=False):
    title: str
    year: int


@runtime_checkable
class Greeter(Protocol):
    def greet(self, name: str) -> str: ...


class English:
    def greet(self, name: str) -> str:
        return f"Hello, {name}"


class Config:
    MAX: ClassVar[int] = 3
    name: Final = "cfg"


def apply(fn: Callable[[int], int], xs: List[int]) -> List[int]:
    return [fn(x) for x in xs]


def first(d: Dict[K, T], default: Union[T, None] = None) -> Tuple[Optional[K], Optional[T]]:
    for k, v in d.items():
        return k, v
    return None, default


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.pop(), s.peek(), list(s))
empty = Stack[str]()
try:
    empty.pop()
except IndexError as e:
    print(e)
p = Point(3, 4)
print(p, p.dist(Point(0)), p._replace(y=0), p._fields, Point._field_defaults, p._asdict())
m: Movie = {"title": "Alien"}
m["year"] = 1979
print(m, type(m).__name__, Movie.__total__, sorted(Movie.__annotations__))
print(isinstance(English(), Greeter), isinstance(42, Greeter), English().greet("moat"))
print(apply(lambda v: v * 3, [1, 2]), first({"a": 1}), first({}, 0))
print(Config.MAX, Config.name, Stack.__parameters__ if hasattr(Stack, "__parameters__") else None)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Callable[[int], str])
print(Stack[int], Tuple[int, ...], list[int], dict[str, int] | None)
print(first.__annotations__["d"], apply.__annotations__)
def typed(a: int, b: "str" = "x", *args: Any, **kw: float) -> None: pass
print(typed.__annotations__)
