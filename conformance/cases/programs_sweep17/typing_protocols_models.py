# Typed domain models: Protocol with runtime_checkable, Generic containers,
# TypedDict, NamedTuple with methods, Literal/Final, and type-hint introspection.
from __future__ import annotations
from typing import (Protocol, runtime_checkable, Generic, TypeVar, TypedDict, NamedTuple,
                    Literal, Final, Optional, Union, Callable, Iterator, get_type_hints,
                    overload, cast, Any, ClassVar)
import typing

T = TypeVar("T")
K = TypeVar("K", str, int)

@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None: ...

@runtime_checkable
class Sized2(Protocol):
    size: int
    def describe(self) -> str: ...

class File:
    def __init__(self, name: str) -> None:
        self.name = name
    def close(self) -> None:
        print(f"closing {self.name}")

class Box:
    size = 3
    def describe(self) -> str:
        return f"box of {self.size}"

class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self
    def pop(self) -> T:
        return self._items.pop()
    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)
    def __repr__(self) -> str:
        return f"Stack({self._items})"

class Movie(TypedDict, total=False):
    title: str
    year: int
    rating: float

class Point(NamedTuple):
    x: float
    y: float = 0.0
    label: str = "p"
    def dist(self, other: Point) -> float:
        return ((self.x - other.x) ** 2 + (self.y - other.y) ** 2) ** 0.5
    def __str__(self) -> str:
        return f"{self.label}({self.x:g}, {self.y:g})"

MAX: Final = 10
Mode = Literal["r", "w"]

def open_mode(m: Mode) -> str:
    return {"r": "read", "w": "write"}.get(m, "??")

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2

def apply(fn: Callable[[int], int], xs: list[int]) -> list[int]:
    return [fn(x) for x in xs]

for obj in [File("a.txt"), Box(), 42, "s"]:
    print(type(obj).__name__, isinstance(obj, Closeable), isinstance(obj, Sized2))
s: Stack[int] = Stack()
s.push(1).push(2).push(3)
print(s, list(s), s.pop(), Stack[int], Stack[str]().push("x"))
m: Movie = {"title": "Heat", "year": 1995}
print(m, Movie.__total__, sorted(Movie.__optional_keys__), type(m).__name__)
p, q = Point(3, 4, "A"), Point(0)
print(p, repr(q), p.dist(q), p._asdict(), Point._field_defaults, p._replace(label="B"))
print(open_mode("w"), open_mode("x"), double(4), double("ab"), apply(lambda v: v + MAX, [1, 2]))
print(get_type_hints(Point), get_type_hints(apply)["fn"], get_type_hints(open_mode))
print(apply.__annotations__, Stack.push.__annotations__["return"])
print(typing.get_origin(Optional[int]), typing.get_args(Union[int, str]), typing.get_args(Callable[[int], str]))
print(Optional[list[int]], Union[int, None] == Optional[int], int | str, (int | str) == Union[int, str])
print(cast(int, "not really"), typing.TYPE_CHECKING, K.__constraints__, T.__name__, repr(T))
print(Callable[..., Any], dict[str, list[tuple[int, ...]]], ClassVar[int], Literal[1, "a"], type[int])
def process(x: Union[int, list[int], None] = None) -> int:
    match x:
        case None:
            return 0
        case int():
            return x
        case [*items]:
            return sum(items)
print(process(), process(5), process([1, 2, 3]))
try:
    isinstance(1, Protocol)
except TypeError as exc:
    print("TypeError:", exc)
class NotRuntime(Protocol):
    def f(self) -> int: ...
try:
    isinstance(1, NotRuntime)
except TypeError as exc:
    print("TypeError:", exc)
