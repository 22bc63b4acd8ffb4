# After sys.setrecursionlimit(5000), recursion that goes through native
# code on each level (a `yield from` chain resumes each generator from
# the one above it, a __repr__ nesting calls repr() natively, partial()
# calls through its own __call__) goes as deep as CPython's: the native
# guard's count follows the raised limit, with the C++ stack check as its
# backstop. Where a path stops, it is the same catchable RecursionError,
# the run goes on, and a shallow run of the same path still works after.
# limit: none
# expect-output: yield from 500 ok
# expect-output: yield from 3000 ok
# expect-output: repr 500 ok
# expect-output: repr 3000 RecursionError maximum recursion depth exceeded
# expect-output: partial 300 ok
# expect-output: partial 3000 ok
# expect-output: after ok
import functools
import sys

sys.setrecursionlimit(5000)


def chain(n):
    if n == 0:
        yield 1
    else:
        yield from chain(n - 1)


class Nest:
    def __init__(self, inner):
        self.inner = inner

    def __repr__(self):
        return "N(" + repr(self.inner) + ")"


def nest(n):
    x = None
    for _ in range(n):
        x = Nest(x)
    return x


def down(n):
    return 0 if n == 0 else step(n - 1) + 1


step = functools.partial(down)


def check(label, n, fn):
    try:
        fn(n)
        print(label, n, "ok")
    except RecursionError as e:
        print(label, n, "RecursionError", e)


check("yield from", 500, lambda n: list(chain(n)))
check("yield from", 3000, lambda n: list(chain(n)))
check("repr", 500, lambda n: repr(nest(n)))
check("repr", 3000, lambda n: repr(nest(n)))
check("partial", 300, step)
check("partial", 3000, step)
print("after", "ok" if list(chain(10)) == [1] and step(10) == 10 else "broken")
