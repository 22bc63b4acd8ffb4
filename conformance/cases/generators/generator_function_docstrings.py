# A generator function's docstring, like any def's, is its __doc__; a
# lambda and a def without one have None.
import inspect


def counted(n):
    """Yield 0..n-1."""
    yield from range(n)


def plain_gen():
    yield "not a docstring"


async def agen():
    """An async generator."""
    yield 1


async def coro():
    """A coroutine."""


def nested():
    def inner():
        """Inner generator."""
        yield 2
    return inner


class Box:
    def items(self):
        """Iterate the box."""
        yield 3


print(counted.__doc__, plain_gen.__doc__, agen.__doc__, coro.__doc__)
print(nested().__doc__, Box.items.__doc__, Box().items.__doc__)
print((lambda: (yield "x")).__doc__)
print(inspect.getdoc(counted), inspect.isgeneratorfunction(counted))
print(list(counted(3)), list(plain_gen()))
counted.__doc__ = "changed"
print(counted.__doc__)
