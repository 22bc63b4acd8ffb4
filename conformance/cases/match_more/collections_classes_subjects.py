# deque, UserList and UserString match sequence patterns, UserDict and
# ChainMap mapping patterns, without collections.abc being imported (and
# importing collections does not bind collections.abc).
import collections
from collections import deque, UserDict, UserList, UserString, ChainMap


def show(subject):
    match subject:
        case [first, *rest]:
            return f"sequence {first!r} {rest!r}"
        case {"key": value, **rest}:
            return f"mapping {value!r} {sorted(rest)}"
        case _:
            return "no match"


class History(deque):
    pass


for subject in [deque("ab"), History([1]), UserList([1, 2]), UserString("xy"),
                UserDict(key=1, b=2), ChainMap({"key": 0}, {"c": 3}), UserDict(other=1)]:
    print(type(subject).__name__, show(subject))
print(hasattr(collections, "abc"))
