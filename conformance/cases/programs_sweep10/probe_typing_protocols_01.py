from typing import Protocol, runtime_checkable, get_origin, get_args, Union, Optional, List, Dict, Tuple, Callable, Literal, Annotated, Any
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), get_origin(List[int]), get_args(Dict[str, int]), get_args(Union[int, str, None]), get_origin(Optional[int]) is Union)
print(get_args(Callable[[int, str], bool]), get_origin(Literal[1]), get_args(Annotated[int, "meta"]), get_origin(list[int]), get_args(tuple[int, ...]))
from typing import TypeVar, Generic, Iterator
T = TypeVar("T"); K = TypeVar("K", bound=int); S = TypeVar("S", str, bytes)
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def __iter__(self) -> Iterator[T]: return reversed(self.items)
s: Stack[int] = Stack[int](); s.push(1); s.push(2)
print(list(s), Stack[str], repr(K), repr(S), K.__bound__, S.__constraints__, T.__name__, Stack.__parameters__ if hasattr(Stack, "__parameters__") else "")
from typing import NamedTuple
class Pt(NamedTuple):
    x: int
    y: int = 0
    def __str__(self): return f"({self.x}, {self.y})"
    @property
    def norm(self): return abs(self.x) + abs(self.y)
p = Pt(3, -4)
print(p, repr(p), p.norm, p._asdict(), Pt._field_defaults, p + (1,), p[0], isinstance(p, tuple), Pt.__annotations__)
from typing import Union, Optional, List, Dict, Set, FrozenSet, Tuple, Type, Callable, Iterable, Sequence, Mapping
print(Union[int], Union[int, int, str], Optional[str], List, List[List[int]], Tuple[()], Tuple[int, ...], Type[int], Iterable[str], Sequence, Mapping[str, Any] if False else Mapping[str, int])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == list[int], int | str == Union[int, str])
import typing
print(typing.TYPE_CHECKING, typing.Any, typing.NoReturn, typing.ClassVar[int], typing.Final[int], typing.Literal["x"], typing.Callable[..., int])
from typing import overload, final, no_type_check
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x * 2
@final
class K: pass
print(f(2), f("a"), K.__name__)
