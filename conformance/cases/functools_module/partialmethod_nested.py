# partialmethod accepts any callable or descriptor, a partialmethod too.
import functools


def capture(*args, **kw):
    return args, kw


class A:
    positional = functools.partialmethod(capture, 1)
    nested = functools.partialmethod(positional, 5)
    over_partial = functools.partialmethod(functools.partial(capture, c=6), 7)
    static = functools.partialmethod(staticmethod(capture), 8)
    cls = functools.partialmethod(classmethod(capture), d=9)


a = A()
print(a.nested()[0][1:], a.nested(2, k=3)[0][1:], a.nested(k=3)[1])
print(a.over_partial()[0][1:], a.over_partial()[1])
print(a.static(1), A.static(2))
print(a.cls()[0][0] is A, a.cls(4)[1])
try:
    functools.partialmethod(5)
except TypeError as e:
    print("TypeError:", e)
