import typing
from typing import (Annotated, get_type_hints, TypedDict, Required, NotRequired, Literal, ParamSpec, Concatenate, Callable,
                    TypeVar, Generic, Self, Never, assert_never, overload, get_overloads, NamedTuple, Optional, Union, Any, LiteralString, TypeAlias, Sequence, Mapping)
from dataclasses import dataclass

class Dist(TypedDict, total=False):
    name: Required[str]
    km: float
    tags: NotRequired[list]
print(Dist.__required_keys__, sorted(Dist.__optional_keys__), Dist.__total__)
print(get_type_hints(Dist))
print(get_type_hints(Dist, include_extras=True)["name"])
Meters = Annotated[float, "unit:m", 3]
def run(d: Meters, label: Annotated[str, "lbl"] = "x") -> None: ...
print(get_type_hints(run), get_type_hints(run, include_extras=True)["d"], Meters.__metadata__, typing.get_args(Meters), typing.get_origin(Meters) is Annotated)
Point = TypedDict("Point", {"x": int, "y": int})
print(Point(x=1, y=2), Point.__annotations__, Point.__name__)
P = ParamSpec("P")
R = TypeVar("R")
def deco(f: Callable[P, R]) -> Callable[P, R]:
    return f
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int])
Num = TypeVar("Num", int, float)
print(Num.__constraints__, Num.__name__, TypeVar("T_co", covariant=True), TypeVar("T_contra", contravariant=True))
class Stack(Generic[R]):
    def __init__(self) -> None:
        self.items: list[R] = []
    def push(self, x: R) -> Self:
        self.items.append(x)
        return self
print(Stack[int]().push(1).push(2).items, Stack[int], Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "")
def check(x: int | str) -> str:
    match x:
        case int():
            return "int"
        case str():
            return "str"
        case _:
            assert_never(x)
print(check(1), check("a"))
try:
    assert_never(3)
except AssertionError as e:
    print("AssertionError", e)
@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x
print(area(3), len(get_overloads(area)))
Vector: TypeAlias = list[float]
print(Vector, Vector is list[float], list[float] == Vector)
print(Literal[1, 2] == Literal[2, 1], Literal[1, Literal[2]], Optional[Union[int, str]], Union[int, Union[str, int]], Union[int])
print(typing.get_args(Callable[..., int]), typing.get_args(tuple[int, ...]), typing.get_origin(Sequence[int]), typing.get_origin(dict[str, int]))
print(repr(Sequence[int]), repr(Mapping[str, Any]), repr(Callable[[], None]), repr(typing.Iterable), repr(Never), repr(Self), repr(LiteralString))
class Pair(NamedTuple):
    a: int
    b: "str" = "x"
print(get_type_hints(Pair), Pair(1), Pair.__annotations__)
@dataclass
class Fwd:
    nxt: "Optional[Fwd]" = None
    val: "int" = 0
print(get_type_hints(Fwd))
def bad(x: "UndefinedName"): ...
try:
    get_type_hints(bad)
except NameError as e:
    print("NameError", e)
print(typing.is_typeddict(Dist), typing.is_typeddict(dict), isinstance(Dist(name="a"), dict))
T = TypeVar("T")
def first(xs: Sequence[T]) -> T:
    return xs[0]
print(first.__annotations__, get_type_hints(first))
print(typing.no_type_check(lambda: 1)(), typing.final(lambda: 2)(), typing.runtime_checkable.__name__)
print(typing.Optional[int].__args__, typing.Union[int, str].__args__, type(int | str).__name__, type(Optional[int]).__name__)
try:
    isinstance(1, list[int])
except TypeError as e:
    print("TypeError", e)
try:
    Literal[1]()
except TypeError as e:
    print("TypeError", e)
print(isinstance(3, int | str), issubclass(bool, int | None), typing.cast("list[int]", [1]))
