# A failing finalizer is reported ("Exception ignored in: <repr>" and the
# exception's text), and the report gets headroom past the recursion limit,
# the native depth and the C++ stack guard, as CPython's recursion headroom
# lets its error be formatted. The repr and the exception's str are script
# code: each may drop another object whose finalizer fails, so reports nest
# inside reports. If each nested report took headroom again, the limits
# would grow without bound: script code would run as deep as it liked past
# the recursion limit, and the C++ stack would overflow (a crash of the
# host). Only the outermost report gets headroom; nested ones end at the
# limits like any recursion.
import sys

depth = 0
deepest = 0


def dive(n):
    # How many more Python frames fit from here.
    try:
        return dive(n + 1)
    except RecursionError:
        return n


class Failing:
    def __call__(self):
        raise ValueError('finalizer failed')

    def __repr__(self):
        global depth, deepest
        depth += 1
        deepest = max(deepest, depth)
        Dropped()
        depth -= 1
        return 'Failing'


class Dropped:
    __del__ = Failing()


Dropped()
print('repr nesting bounded', 0 < deepest < sys.getrecursionlimit())


class LoudError(Exception):
    def __str__(self):
        global depth, deepest
        depth += 1
        deepest = max(deepest, depth)
        Raising()
        depth -= 1
        return 'loud'


class Raising:
    def __del__(self):
        raise LoudError()


deepest = 0
Raising()
print('str nesting bounded', 0 < deepest < sys.getrecursionlimit())


class DeepFailing:
    # Fails at the recursion limit; its repr, which the report shows, then
    # recurses as far as the headroom lets it, and no further.
    def __call__(self):
        dive(0)
        raise ValueError('at the limit')

    def __repr__(self):
        global deepest
        deepest = dive(0)
        return 'DeepFailing'


class DeepRepr:
    __del__ = DeepFailing()


def drop_at_limit():
    try:
        drop_at_limit()
    except RecursionError:
        DeepRepr()


deepest = 0
drop_at_limit()
print('repr headroom bounded', 0 < deepest <= 50)
print('limit unchanged', sys.getrecursionlimit())
# expect-output: repr nesting bounded True
# expect-output: str nesting bounded True
# expect-output: repr headroom bounded True
# expect-output: limit unchanged 1000
