# Which built-in and library types subscript (__class_getitem__) in CPython
# 3.11, and the TypeErrors of the others and of isinstance with an alias.
import collections
import contextlib
import dataclasses
import functools
import queue
import re
import types

cases = [
    ("list", lambda: list[int]), ("dict", lambda: dict[str, int]), ("tuple", lambda: tuple[int, ...]),
    ("set", lambda: set[int]), ("frozenset", lambda: frozenset[int]), ("type", lambda: type[int]),
    ("enumerate", lambda: enumerate[int]), ("BaseExceptionGroup", lambda: BaseExceptionGroup[int]),
    ("ExceptionGroup", lambda: ExceptionGroup[ValueError]), ("zip", lambda: zip[int]),
    ("map", lambda: map[int]), ("filter", lambda: filter[int]), ("int", lambda: int[str]),
    ("str", lambda: str[int]), ("range", lambda: range[int]), ("reversed", lambda: reversed[int]),
    ("object", lambda: object[int]), ("property", lambda: property[int]),
    ("re.Pattern", lambda: re.Pattern[str]), ("re.Match", lambda: re.Match[bytes]),
    ("mappingproxy", lambda: types.MappingProxyType[str, int]),
    ("ExitStack", lambda: contextlib.ExitStack[int]),
    ("nullcontext", lambda: contextlib.nullcontext[int]),
    ("AbstractContextManager", lambda: contextlib.AbstractContextManager[int]),
    ("suppress", lambda: contextlib.suppress[int]), ("closing", lambda: contextlib.closing[int]),
    ("Field", lambda: dataclasses.Field[int]), ("partial", lambda: functools.partial[int]),
    ("cached_property", lambda: functools.cached_property[int]),
    ("partialmethod", lambda: functools.partialmethod[int]),
    ("deque", lambda: collections.deque[int]), ("Counter", lambda: collections.Counter[str]),
    ("OrderedDict", lambda: collections.OrderedDict[str, int]),
    ("defaultdict", lambda: collections.defaultdict[str, list]),
    ("ChainMap", lambda: collections.ChainMap[str, int]),
    ("Queue", lambda: queue.Queue[int]),
    ("list[int][str]", lambda: list[int][str]),
]
for name, make in cases:
    try:
        print(name, repr(make()))
    except TypeError as e:
        print(name, "TypeError", e)

for name, check in [
    ("issubclass(list[int], list)", lambda: issubclass(list[int], list)),
    ("isinstance([], list[int])", lambda: isinstance([], list[int])),
    ("issubclass(list, list[int])", lambda: issubclass(list, list[int])),
    ("isinstance([], (int, list[int]))", lambda: isinstance([], (int, list[int]))),
    ("isinstance(1, int | str)", lambda: isinstance(1, int | str)),
    ("issubclass(bool, int | str)", lambda: issubclass(bool, int | str)),
    ("isinstance(list[int], type)", lambda: isinstance(list[int], type)),
]:
    try:
        print(name, check())
    except TypeError as e:
        print(name, "TypeError", e)
print(list[int]([1, 2]), dict[str, int](a=1), enumerate[int].__origin__ is enumerate)
print(re.Pattern[str].__args__, list[int] == list[int], enumerate[int] == enumerate[str])
