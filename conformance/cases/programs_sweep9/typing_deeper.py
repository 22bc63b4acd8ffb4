import typing
from typing import (TypeVar, Generic, Protocol, Annotated, NewType, Literal, Union, Optional, Final, final, ClassVar, Self, TypeAlias, ParamSpec, Concatenate,
                    Callable, TypedDict, Required, NotRequired, NamedTuple, get_type_hints, assert_never, assert_type, TYPE_CHECKING, no_type_check, Any, Never, LiteralString)
T = TypeVar("T", bound="Comparable")
N = TypeVar("N", int, float)
K = TypeVar("K", covariant=True)
print(T, N, K, T.__bound__, N.__constraints__, K.__covariant__, T.__name__, repr(TypeVar("X", contravariant=True)))
UserId = NewType("UserId", int)
u = UserId(5)
print(u, type(u).__name__, UserId.__name__, UserId, UserId.__supertype__)
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Literal[True], Union[int, Union[str, int]], Optional[Union[int, str]], Union[int] is int)
print(Annotated[int, "meta"], Annotated[int, "a"].__metadata__, typing.get_args(Annotated[list[int], "x", 3]), typing.get_origin(Annotated[int, 1]) is Annotated)
P = ParamSpec("P")
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], str], Callable[..., int])
class Pair(Generic[T, N]):
    def __init__(self, a: T, b: N) -> None:
        self.a, self.b = a, b
print(Pair[str, int], Pair(1, 2).a, Pair.__parameters__, typing.get_args(Pair[str, float]))
try:
    Pair[int]
except TypeError as e:
    print(e)
try:
    Generic[int]
except TypeError as e:
    print(e)
class Movie(TypedDict):
    title: Required[str]
    year: NotRequired[int]
print(Movie.__required_keys__, Movie.__optional_keys__, Movie(title="x"), type(Movie(title="y")).__name__)
Pt = NamedTuple("Pt", [("x", int), ("y", int)])
print(Pt(1, 2), Pt._fields, Pt.__annotations__)
class Node:
    next: "Optional[Node]"
    val: Annotated[int, "positive"]
    def clone(self) -> Self: return self
print(get_type_hints(Node), get_type_hints(Node, include_extras=True)["val"])
Alias: TypeAlias = list[int]
print(Alias, TYPE_CHECKING, assert_type(5, int), typing.cast("int", "s"), Never, LiteralString, Any)
def handle(x: Union[int, str]) -> str:
    if isinstance(x, int): return "int"
    elif isinstance(x, str): return "str"
    else: assert_never(x)
print(handle(1), handle("a"))
try:
    assert_never(3.5)
except AssertionError as e:
    print("AssertionError", e)
@final
class Leaf:
    @final
    def m(self): pass
print(Leaf.__final__, Leaf.m.__final__)
@no_type_check
def nt(a: "undefined"): return a
print(nt(1), typing.get_type_hints(nt))
class Cmp(Protocol):
    def __lt__(self, other) -> bool: ...
try:
    isinstance(1, Cmp)
except TypeError as e:
    print(e)
try:
    Cmp()
except TypeError as e:
    print(e)
print(typing.get_origin(typing.List), typing.get_origin(typing.Callable))
