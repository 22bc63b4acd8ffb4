from typing import NamedTuple, TypedDict, Protocol, TypeVar, Generic, Optional, Union, Callable, Any, Literal, Final, ClassVar, runtime_checkable, get_type_hints, cast, overload
import typing
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    salary: float = 0.0
    def raise_(self, pct): return self._replace(salary=self.salary * (1 + pct))
e = Emp("ann", salary=100.0)
print(e, e.raise_(0.1), Emp._fields, Emp.__annotations__ if hasattr(Emp, "__annotations__") else "", e._asdict())
class Movie(TypedDict, total=False):
    title: str
    year: int
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, Stack[int], T, Optional[int], Union[int, str], Callable[[int], str], Literal["a", 1])
print(int | None, list[int] | None, Optional[list[int]] == Union[list[int], None], typing.List[int], typing.Dict[str, Any])
def f(x: int, y: "str" = "a") -> Optional[bool]: ...
print(f.__annotations__, get_type_hints(f), cast(int, "x"))
class Cfg:
    MAX: ClassVar[int] = 5
    name: Final = "c"
print(Cfg.MAX, Cfg.__annotations__)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]), typing.get_args(Optional[int]))
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), g("a"))
