# TypeVarTuple in Generic[*Ts] / Generic[Unpack[Ts]], ParamSpec in
# Callable[P, ...] and generic classes, Callable's flattened arguments, and
# Literal's flattening, deduplication and set-like equality.
import collections.abc as cabc
from typing import (Callable, Concatenate, Generic, Literal, ParamSpec, Tuple, TypeVar,
                    TypeVarTuple, Unpack, get_args, get_origin)


def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, 'TypeError', e)


Ts = TypeVarTuple('Ts')
P = ParamSpec('P')
T = TypeVar('T')
U = TypeVar('U')

show('Generic[*Ts]', lambda: Generic[*Ts])
show('Generic[Unpack[Ts]]', lambda: Generic[Unpack[Ts]])
show('params', lambda: Generic[T, *Ts].__parameters__)
show('Generic[Ts]', lambda: Generic[Ts])
show('Generic[int]', lambda: Generic[int])


class Array(Generic[*Ts]):
    pass


class Pair(Generic[T, *Ts, U]):
    pass


show('Array params', lambda: Array.__parameters__)
show('Array[int, str]', lambda: Array[int, str])
show('Array[()]', lambda: Array[()])
show('Array[int] args', lambda: get_args(Array[int]))
show('Pair params', lambda: Pair.__parameters__)
show('Pair[int, str, bytes, float]', lambda: Pair[int, str, bytes, float])
show('Pair[int, str]', lambda: Pair[int, str])
show('Pair[int]', lambda: Pair[int])
show('Tuple[int, *Ts]', lambda: Tuple[int, *Ts])
show('Tuple[int, *Ts] params', lambda: Tuple[int, *Ts].__parameters__)
show('Tuple[int, *Ts][str, bytes]', lambda: Tuple[int, *Ts][str, bytes])
show('Tuple[T, *Ts][str]', lambda: Tuple[T, *Ts][str])
show('unpack', lambda: (Unpack[Ts], [*Ts], get_origin(Unpack[Ts]), get_args(Unpack[Ts])))

show('Callable[P, int]', lambda: Callable[P, int])
show('args', lambda: Callable[P, int].__args__)
show('get_args', lambda: get_args(Callable[P, int]))
show('params', lambda: Callable[P, int].__parameters__)
show('subst list', lambda: Callable[P, int][[str, bytes]])
show('subst list args', lambda: get_args(Callable[P, int][[str, bytes]]))
show('subst ...', lambda: Callable[P, int][...])
show('subst P', lambda: Callable[P, T][P, str])
show('subst int', lambda: Callable[P, T][int, str])
show('Concatenate', lambda: Callable[Concatenate[int, P], int])
show('Concatenate args', lambda: get_args(Callable[Concatenate[int, P], int]))
show('Concatenate params', lambda: Callable[Concatenate[int, P], int].__parameters__)


class Hook(Generic[P]):
    pass


class Hook2(Generic[T, P]):
    pass


show('Hook[int, str]', lambda: Hook[int, str])
show('Hook[[int, str]]', lambda: Hook[[int, str]])
show('Hook[...]', lambda: Hook[...])
show('Hook2[int, [str]]', lambda: Hook2[int, [str]])
show('Hook2[int, str]', lambda: Hook2[int, str])
show('Hook2[int]', lambda: Hook2[int])

c = Callable[[int], str]
show('Callable args', lambda: (c, c.__args__, c.__parameters__, get_origin(c), get_args(c)))
show('Callable[[], None]', lambda: (Callable[[], None], get_args(Callable[[], None])))
show('Callable[..., int]', lambda: (Callable[..., int], get_args(Callable[..., int])))
show('Callable[[T], U]', lambda: (Callable[[T], U].__parameters__, Callable[[T], U][int, str]))
show('Callable[[T], U] args', lambda: get_args(Callable[[T], U][int, str]))
show('Callable eq', lambda: (Callable[[int], str] == Callable[[int], str],
                             hash(Callable[[int], str]) == hash(Callable[[int], str]),
                             Callable[[int], str] == Callable[[str], str]))
show('Callable[int, str]', lambda: Callable[int, str])
show('Callable[[int], str, int]', lambda: Callable[[int], str, int])
show('abc get_args', lambda: get_args(cabc.Callable[[int], str]))
show('abc get_args ...', lambda: get_args(cabc.Callable[..., str]))
show('abc get_origin', lambda: get_origin(cabc.Callable[[int], str]))

show('Literal nested', lambda: Literal[Literal[1, 2], 1])
show('Literal nested args', lambda: get_args(Literal[Literal[1, 2], 1]))
show('Literal dedup', lambda: Literal[1, 1, 2, 'a', 'a'])
show('Literal typed', lambda: get_args(Literal[1, True, 1, 1.0, False, 0]))
show('Literal deep', lambda: Literal[Literal[Literal[1]], 2, Literal[2, 3]])
show('Literal eq', lambda: (Literal[1, 2] == Literal[2, 1], Literal[1, 2] == Literal[1, 2, 1],
                            Literal[1] == Literal[True], Literal[1] == Literal[1, 2]))
show('Literal hash', lambda: hash(Literal[1, 2]) == hash(Literal[2, 1, 2]))
show('Literal unhashable', lambda: Literal[[1], [1]].__args__)
show('Literal single', lambda: (Literal[5], get_args(Literal[5]), get_origin(Literal[5])))
