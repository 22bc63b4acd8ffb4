# The DeprecationWarnings CPython 3.11 issues from C: a conversion method
# returning a strict subclass of int, float or complex, and NotImplemented
# in a boolean context. They go through the warnings module: its default
# filter shows them once per location in __main__, "error" raises them.
import math
import operator
import warnings


class MyInt(int):
    pass


class MyFloat(float):
    pass


class MyComplex(complex):
    pass


class Convertible:
    def __int__(self):
        return MyInt(3)

    def __index__(self):
        return True

    def __float__(self):
        return MyFloat(2.5)

    def __complex__(self):
        return MyComplex(1j)


class Exact:
    def __index__(self):
        return 7


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", category.__name__, lineno, message)


warnings.showwarning = show
c = Convertible()
for _ in range(2):  # the default filter shows each location once
    print(int(c), float(c), complex(c), operator.index(c), math.sqrt(c))
    print([10, 20, 30][c], "abc"[c:], hex(c), range(5)[c])
print(bool(NotImplemented), not NotImplemented)
print(operator.index(Exact()), int(MyInt(5)))  # no warning for these

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    int(c)
    if NotImplemented:
        pass
for w in caught:
    print("recorded:", w.category.__name__, w.lineno, w.message)

warnings.simplefilter("error")
for action in (lambda: int(c), lambda: float(c), lambda: [1, 2][c], lambda: not NotImplemented):
    try:
        action()
    except DeprecationWarning as e:
        print("raised:", e)
