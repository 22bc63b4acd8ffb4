# get_origin / get_args, Annotated, NewType and the rarer typing names.
import typing
from typing import (Annotated, Callable, ClassVar, Dict, Final, Generic, List, Literal,
                    NewType, Optional, Tuple, TypeVar, Union, get_args, get_origin)

for t in [List[int], Dict[str, int], Union[int, str], Optional[int], Literal[1, 2],
          ClassVar[int], Final[int], Callable[[int], str], Callable[..., int],
          Tuple[int, ...], int | None, list[int], Generic, int]:
    print(t, get_origin(t), get_args(t))

A = Annotated[int, "meta", 3]
print(A, get_origin(A), get_args(A), A.__metadata__, A.__origin__)
print(Annotated[Annotated[int, 1], 2], A == Annotated[int, "meta", 3])
try:
    Annotated[int]
except TypeError as e:
    print("TypeError:", e)

UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__name__, UserId.__supertype__, UserId | None)
try:
    class Special(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)

T = TypeVar("T")


class Box(Generic[T]):
    pass


print(Box[int].__name__, List[int].__name__, get_origin(Box[int]), get_args(Box[int]))
print(typing.Text, typing.Pattern, typing.Match[str], typing.ContextManager[int])
print(isinstance(3, typing.SupportsInt), isinstance("x", typing.SupportsFloat),
      isinstance(2.5, typing.SupportsIndex), issubclass(int, typing.SupportsAbs),
      isinstance(1.5, typing.SupportsRound))
P = typing.ParamSpec("P")
print(P, P.args, P.kwargs, typing.TypeGuard[int], typing.Concatenate[int, P])
print(typing.Required[int], typing.NotRequired[str], typing.LiteralString,
      typing.ForwardRef("Node"))


class Movie(typing.TypedDict, total=False):
    title: typing.Required[str]
    year: int


print(typing.is_typeddict(Movie), typing.is_typeddict(dict), sorted(Movie.__required_keys__),
      sorted(Movie.__optional_keys__))
print(typing.assert_type(3, int))
try:
    typing.assert_never("unexpected")
except AssertionError as e:
    print("AssertionError:", e)
print(typing.get_overloads(print), typing.IO, typing.TextIO, typing.BinaryIO)
