from typing import TypedDict, NamedTuple, Optional, Union, List, Dict, Protocol, runtime_checkable, get_type_hints, Any, Callable, Tuple, Literal, get_origin, get_args, Final, ClassVar, TypeVar, Generic, cast, Iterable
import typing

class Movie(TypedDict):
    title: str
    year: int

class MovieX(Movie, total=False):
    rating: float

m: Movie = {"title": "Heat", "year": 1995}
print(m, Movie.__required_keys__, MovieX.__optional_keys__, sorted(MovieX.__annotations__))
print(get_type_hints(MovieX))

class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def label(self):
        return f"{self.name}@{self.dept}"
e = Emp("ann", salary=10.5)
print(e, e.label(), Emp._fields, Emp._field_defaults, Emp.__annotations__)

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self):
        pass
print(isinstance(F(), Closer), isinstance(1, Closer))

def fn(a: int, b: Optional[str] = None, *args: float, c: "List[int]" = [], **kw: Any) -> Dict[str, int]:
    return {}
print(get_type_hints(fn))
print(fn.__annotations__["b"], fn.__annotations__["return"])
print(Optional[int], Union[int, str], Union[int, None], List[int], Dict[str, List[int]], Tuple[int, ...], Callable[[int, str], bool], Literal["a", 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Optional[int]), get_args(Callable[[int], str]))
print(int | None, list[int], dict[str, tuple[int, ...]], get_args(int | str), get_origin(int | str))
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
T = TypeVar("T")
K = TypeVar("K", bound=str)
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
    def get(self) -> T:
        return self.v
print(Box[int], Box(3).get(), T, K.__bound__, Box.__parameters__)
print(cast(int, "x"), typing.Any, Final[int], ClassVar[int])
class C:
    x: int
    y: ClassVar[str] = "s"
    z: "Optional[C]" = None
print(get_type_hints(C))
def g(x: Iterable[T]) -> List[T]: ...
print(get_type_hints(g))
print(typing.get_type_hints(Emp))
print(repr(Optional[List[Dict[str, int]]]))
print(isinstance([], typing.List) if False else "skip", issubclass(list, typing.Sequence) if hasattr(typing, "Sequence") else None)
print(typing.TYPE_CHECKING, Literal["x"] == Literal["x"], get_args(Literal["a", "b"]))
NewId = typing.NewType("NewId", int)
print(NewId(5), NewId.__name__, NewId)
try:
    Movie(title="x", year=1, bogus=2)
    print("TypedDict accepts extra at runtime")
except TypeError as ex:
    print("TypeError", ex)
print(type(Movie(title="x", year=1)))
