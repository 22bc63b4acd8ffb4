from typing import (Optional, Union, Callable, Literal, Final, Annotated, cast, overload, Any, Iterable, Iterator, Sequence,
    Mapping, TypeVar, Generic, get_type_hints, get_origin, get_args, NamedTuple, TypedDict, Protocol, ClassVar, Tuple, List, Dict, NoReturn, Self, TypeAlias, NewType)
import typing
print(Optional[int], Union[int, str], Union[int, None], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], Final[int])
print(list[int] | None, int | str, dict[str, list[int]], tuple[int, ...], List[int], Dict[str, int], Tuple[int, str], Sequence[int], Iterable)
print(Annotated[int, "meta"], type[int], Mapping[str, Any], Iterator[int], ClassVar[int], Optional[list[int]])
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_origin(int | str), get_args(Literal[1, 2]))
T = TypeVar("T"); K = TypeVar("K", bound=str); N = TypeVar("N", int, float)
print(T, K, N, K.__bound__, N.__constraints__, T.__name__)
UserId = NewType("UserId", int)
print(UserId(5), UserId.__name__, UserId)
def f(x: int, y: "list[str] | None" = None, *args: int, z: Optional[float] = None, **kw: str) -> dict[str, int]:
    return {}
print(f.__annotations__)
print(get_type_hints(f))
class Box(Generic[T]):
    item: T
    count: ClassVar[int] = 0
    def __init__(self, item: T) -> None: self.item = item
    def get(self) -> T: return self.item
print(Box[int], Box[int](3).get(), Box.__annotations__, get_type_hints(Box))
print(cast(int, "x"), cast("list[int]", [1]))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x * 2
print(g(2), g("a"))
Vec: TypeAlias = list[float]
v: Vec = [1.0]
print(Vec, v, __annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__annotations__, Movie.__total__, type(m))
class Emp(NamedTuple):
    name: str
    id: int = 3
print(Emp("a"), Emp.__annotations__, Emp._fields)
class Closeable(Protocol):
    def close(self) -> None: ...
print(typing.TYPE_CHECKING, Any, NoReturn, Self)
def h(x: Literal["r", "w"]) -> None: pass
print(h.__annotations__)
print(repr(Optional[int]), str(list[int]), repr(int | None), (int | None) == Optional[int], Union[int, int], Union[int])
print(isinstance(3, int | str), isinstance([], list | None), issubclass(bool, int | str))
try: isinstance([], list[int])
except TypeError as e: print("TypeError", e)
try: Union[1]
except TypeError as e: print("TypeError", e)
