# Type variables in built-in aliases (list[T]) and in unions of them
# (list[T] | int): __parameters__, and substitution by subscripting.
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")


def show(label, make):
    try:
        print(label, repr(make()))
    except TypeError as e:
        print(label, "TypeError", e)


show("list params", lambda: list[T].__parameters__)
show("no params", lambda: list[int].__parameters__)
show("dict params", lambda: dict[T, list[S]].__parameters__)
show("repeated", lambda: dict[T, T].__parameters__)
show("list subst", lambda: list[T][int])
show("dict subst", lambda: dict[T, list[S]][str, bytes])
show("repeated subst", lambda: dict[T, T][int])
show("partial", lambda: dict[T, S][int, T])
show("subst None", lambda: list[T][None])
show("subst str", lambda: list[T]["later"])
show("alias equal", lambda: list[T][int] == list[int])
show("too many", lambda: list[T][int, str])
show("too few", lambda: dict[T, S][int])
show("not generic", lambda: list[int][str])
show("tuple alias", lambda: tuple[T, ...][int])
show("union params", lambda: (float | list[T]).__parameters__)
show("union subst", lambda: (float | list[T])[int])
show("union two", lambda: (list[T] | list[S])[int, T])
show("union collapse", lambda: (list[T] | list[S])[int, int])
show("union typing member", lambda: (list[T] | int)[typing.List[str]])
show("union no params", lambda: (int | str).__parameters__)
show("union not generic", lambda: (int | str)[int])
show("union too many", lambda: (int | list[T])[int, str])
show("nested union", lambda: list[int | list[T]].__parameters__)
show("nested union subst", lambda: list[int | list[T]][str])
show("typing inside", lambda: list[typing.Dict[T, S]].__parameters__)
show("typing inside subst", lambda: list[typing.Dict[T, S]][int, str])
show("in typing", lambda: typing.List[list[T]][int])

# NoneType: an alias shows its name, a union shows None.
print(list[type(None)], list[None], int | None, dict[str, type(None) | int],
      tuple[type(None), ...])
