# Recursion through functools.partial costs one level per call, as
# CPython's partial_vectorcall: the partial adds no frame or recursion step
# of its own, whatever arguments and keywords it carries.
import functools

depth = 0


def down():
    global depth
    depth += 1
    again()


again = functools.partial(down)
try:
    again()
except RecursionError as e:
    print("plain", depth, e)

depth = 0


def down_args(a, b, *, c):
    global depth
    depth += 1
    again_args(b, c=a)


again_args = functools.partial(down_args, 1, c=2)
try:
    again_args(3)
except RecursionError as e:
    print("with arguments", depth, e)

depth = 0


def down_kwargs(**kw):
    global depth
    depth += 1
    again_kwargs(n=depth)


again_kwargs = functools.partial(down_kwargs, start=0)
try:
    again_kwargs()
except RecursionError as e:
    print("with keywords", depth, e)


def count(n):
    return 0 if n == 0 else step(n - 1) + 1


step = functools.partial(count)
print("deep", step(900))
