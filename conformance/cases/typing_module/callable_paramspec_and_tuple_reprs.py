# Callable's first argument may be a ParamSpec or a Concatenate, in
# collections.abc as in typing; Tuple's arguments are type-checked (None is
# NoneType), and a few more reprs of subscripted generics.
import collections.abc
import typing

P = typing.ParamSpec('P')
forms = [
    lambda: collections.abc.Callable[P, int],
    lambda: collections.abc.Callable[typing.Concatenate[int, P], int],
    lambda: collections.abc.Callable[..., None],
    lambda: collections.abc.Callable[[int], None],
    lambda: collections.abc.Callable[P, int].__args__,
    lambda: collections.abc.Callable[int, int],
    lambda: typing.Callable[P, int],
    lambda: typing.Callable[typing.Concatenate[int, P], int],
    lambda: type(typing.Concatenate[int, P]).__name__,
    lambda: typing.Tuple[None],
    lambda: typing.Tuple[None, int],
    lambda: typing.Tuple[None, ...],
    lambda: typing.Tuple[()],
    lambda: typing.Tuple[int, ...].__args__,
    lambda: typing.Tuple[1],
    lambda: typing.Tuple[int, 1, ...],
    lambda: typing.Optional[typing.Callable[[], None]],
    lambda: typing.Union[int, None, str],
    lambda: typing.Type[None],
    lambda: typing.Iterable[None],
    lambda: typing.Generic[P],
    lambda: tuple[None],
]
for form in forms:
    try:
        print(form())
    except TypeError as e:
        print('TypeError', e)
