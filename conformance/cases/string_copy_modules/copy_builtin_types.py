# copy and deepcopy of built-in types that have no __copy__: slices, unions,
# generic aliases, exceptions (args, attributes and notes), compiled patterns.
import copy
import re

s = slice(1, [2, 3], None)
c = copy.copy(s)
d = copy.deepcopy(s)
print(c, c is s, d, d is s, d == s, d.stop is s.stop)

u = int | str | None
print(copy.copy(u), copy.copy(u) == u, copy.deepcopy(u), copy.deepcopy(u) == u)
g = dict[str, list[int]]
print(copy.copy(g), copy.deepcopy(g) == g, copy.copy(g) is g)

for exc in [ValueError(1, 2), KeyError("k"), StopIteration(5), OSError(2, "missing"),
            OSError(2, "missing", "f.txt"), ZeroDivisionError("z"),
            ExceptionGroup("grp", [ValueError(1), TypeError(2)])]:
    c = copy.copy(exc)
    d = copy.deepcopy(exc)
    print(type(c).__name__, repr(c), c.args, repr(d), c is exc, d is exc)
print(copy.copy(OSError(2, "missing", "f.txt")).filename)

e = ValueError("bad", [1])
e.code = [10]
e.add_note("first note")
c, d = copy.copy(e), copy.deepcopy(e)
print(c.code is e.code, d.code is e.code, d.code, c.__notes__, d.args[1] is e.args[1])


class NeedsTwo(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


try:
    copy.copy(NeedsTwo(1, 2))
except TypeError as err:
    print("TypeError:", err)


class KeepsBoth(Exception):
    def __init__(self, a, b=0):
        super().__init__(a, b)
        self.b = b


k = copy.deepcopy(KeepsBoth(1, [2]))
print(repr(k), k.b)

state_target = RuntimeError("x")
state_target.__setstate__({"extra": 1, "other": "two"})
state_target.__setstate__(None)
print(state_target.extra, state_target.other)
for bad in (3, {1: 2}):
    try:
        state_target.__setstate__(bad)
    except TypeError as err:
        print("TypeError:", err)

p = re.compile(r"(\d+)-(\d+)")
m = p.match("12-34")
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)
print(copy.deepcopy([p, m])[1].groups())

for view in ({1: 2}.keys(), {1: 2}.items(), {1: 2}.values()):
    try:
        copy.copy(view)
    except TypeError as err:
        print("TypeError:", err)
prop = property(lambda self: 1)
print(copy.copy(prop) is prop, copy.deepcopy(prop) is prop)

import typing

T = typing.TypeVar("T")
alias = list[T] | int
print(copy.copy(alias) == alias, copy.deepcopy(alias) == alias, copy.deepcopy(T) is T,
      copy.copy(typing.Any) is typing.Any, copy.deepcopy(typing.Optional[T]) == typing.Optional[T])
