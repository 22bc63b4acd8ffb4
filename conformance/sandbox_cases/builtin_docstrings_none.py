# moat policy: built-in functions, methods and types have __doc__ None (moat
# does not carry CPython's docstrings); user code's docstrings are its own.
import math


def documented():
    """First line.

    More."""


print(len.__doc__, print.__doc__, math.sqrt.__doc__)
print([].append.__doc__, list.append.__doc__, str.upper.__doc__, int.__add__.__doc__)
print(int.__doc__, object.__doc__, hasattr(len, "__doc__"))
print((documented.__doc__ or "").splitlines()[0])
print([(f.__name__, (f.__doc__ or "").strip()) for f in (len, documented)])
