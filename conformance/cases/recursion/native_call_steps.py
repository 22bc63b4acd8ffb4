# CPython 3.11 counts a call of a class (_PyObject_MakeTpCall), of an
# instance's __call__, of object.__format__ from f-strings,
# and of str.format against the recursion limit, besides the frames: where
# each recursion through them stops, run cold and again warm. (A call of a
# built-in function such as format() or len() counts only until CPython's
# specializer has warmed the calling code, so those shapes are left out.)
import sys

depth = 0


class Init:
    def __init__(self):
        global depth
        depth += 1
        Init()


class Call:
    def __call__(self):
        global depth
        depth += 1
        return self()


class FString:
    def __str__(self):
        global depth
        depth += 1
        return f"{self}"


class StrFormat:
    def __str__(self):
        global depth
        depth += 1
        return "{}".format(self)


def run(name, make):
    global depth
    depth = 0
    try:
        make()
    except RecursionError as e:
        print(name, depth, e)


for limit in (100, 160, 100):
    sys.setrecursionlimit(limit)
    print("limit", limit)
    run("init", Init)
    run("call", lambda: Call()())
    run("fstring", lambda: f"{FString()}")
    run("str.format", lambda: "{}".format(StrFormat()))
