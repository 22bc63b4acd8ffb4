import array, heapq
print(repr(array.array("b")), repr(array.array("f", [1.5])), array.array("i", [1]) == array.array("i", [1]))
import functools
print(repr(functools.partial(int, "5", base=10)), repr(functools.partial(functools.partial(max, 1), 2)))
import itertools
print(repr(itertools.count(5)), repr(itertools.count(1, 0.5)), repr(itertools.repeat("x", 2)), repr(itertools.repeat(1)))
from collections import UserDict, UserList, UserString
class U(UserDict):
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
u = U(A=1); u["B"] = 2; print(u, u.data, len(u), "a" in u)
ul = UserList([3, 1]); ul.sort(); print(ul, ul + [5], type(ul[:1]).__name__)
us = UserString("abc"); print(us.upper(), us[1:], us + "d", type(us.upper()).__name__)
