# types.UnionType (int | str) and typing.Union: equality, hashing,
# flattening, and substitution of type variables in typing aliases.
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")


def show(label, make):
    try:
        print(label, repr(make()))
    except TypeError as e:
        print(label, "TypeError", e)


show("eq", lambda: int | str == typing.Union[int, str])
show("eq reflected", lambda: typing.Union[int, str] == int | str)
show("eq order", lambda: str | int == typing.Union[int, str])
show("ne", lambda: int | list != typing.Union[int, str])
show("none", lambda: (int | None) == typing.Optional[int])
show("hash", lambda: hash(int | str) == hash(typing.Union[str, int]))
show("hash order", lambda: hash(int | str) == hash(str | int))
show("in set", lambda: typing.Union[int, str] in {int | str})
show("dict key", lambda: {int | str: "v"}[typing.Union[str, int]])
show("flatten", lambda: typing.Union[int | str, list].__args__)
show("flatten right", lambda: (int | typing.Union[str, list]).__args__)
show("optional", lambda: typing.Optional[int | str])
show("forward", lambda: typing.Union[int, "Later"])
show("typevar or", lambda: T | str)
show("typevar ror", lambda: int | T)
show("params", lambda: typing.Union[int, T].__parameters__)
show("subst", lambda: (int | T)[str])
show("subst same", lambda: (T | int)[int])
show("subst list", lambda: typing.List[T][int])
show("subst dict", lambda: typing.Dict[str, T][int])
show("subst two", lambda: typing.Dict[T, S][int, str])
show("subst partial", lambda: typing.Dict[T, S][int, T])
show("subst nested", lambda: typing.List[typing.Dict[T, S]][int, str])
show("nested params", lambda: typing.List[typing.Union[T, S]].__parameters__)
show("subst union nested", lambda: typing.List[typing.Union[T, int]][str])
show("callable", lambda: typing.Callable[[T], S][int, str])
show("too many", lambda: typing.Dict[str, T][int, str])
show("too few", lambda: typing.Dict[T, S][int])
show("not generic", lambda: typing.List[int][int])
show("optional not generic", lambda: typing.Optional[int][int])

# isinstance/issubclass with a typing.Union ask each member in turn.
import collections.abc

for union in (int | str, typing.Union[int, str], typing.Optional[int]):
    print(repr(union), isinstance(1, union), isinstance(True, union), isinstance("a", union),
          isinstance(None, union), issubclass(bool, union), issubclass(type(None), union))
mixed = typing.Union[int, collections.abc.Mapping]
print(isinstance({}, mixed), isinstance([], mixed), issubclass(dict, mixed))
subscripted = typing.Union[int, typing.List[int]]
print(isinstance(1, subscripted))
try:
    isinstance([], subscripted)
except TypeError as e:
    print("TypeError", e)

# Callable aliases hash like equal ones, also inside a Union.
callable_alias = typing.Callable[[int], str]
print(hash(callable_alias) == hash(typing.Callable[[int], str]))
with_callable = (int | T | bytes)[callable_alias]
print(with_callable, with_callable == typing.Union[int, callable_alias, bytes])
