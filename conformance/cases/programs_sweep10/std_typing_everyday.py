from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, TypeVar, Generic, Protocol, Literal, Any, cast, overload, Final, get_type_hints
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def raise_by(self, pct: float) -> "Emp":
        return self._replace(salary=round(self.salary * (1 + pct / 100), 2))
e = Emp("ann", salary=100.0)
print(e, e.raise_by(10), Emp._fields, Emp.__annotations__)
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__ if hasattr(Movie, "__total__") else "", sorted(Movie.__annotations__))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, item: T): self.item = item
    def get(self) -> T: return self.item
print(Box[int](3).get(), Box.__name__, repr(T), Optional[int], Union[int, str], List[int], Dict[str, int], Callable[[int], str])
print(cast(int, "not converted"), Literal["a", "b"], Any, Optional[Union[int, None]])
class Greeter(Protocol):
    def greet(self) -> str: ...
def f(x: int, y: "str" = "a") -> Optional[bool]: return None
print(get_type_hints(f))
MAX: Final = 10
print(MAX, int | None, list[int], dict[str, list[int]], tuple[int, ...])
