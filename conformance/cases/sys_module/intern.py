# sys.intern returns an equal str; only exact str is accepted.
import sys

a = sys.intern("hello world")
print(a, a == "hello world", sys.intern(a) is a)
for bad in [5, b"x", None]:
    try:
        sys.intern(bad)
    except TypeError as e:
        print("TypeError", e)


class S(str):
    pass


try:
    sys.intern(S("x"))
except TypeError as e:
    print("TypeError", e)
from sys import maxsize, setrecursionlimit, stdout
print(maxsize > 0, callable(setrecursionlimit), stdout is sys.stdout)
