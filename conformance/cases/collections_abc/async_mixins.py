# The mixin methods of the asynchronous ABCs are coroutines, as CPython's:
# AsyncGenerator.__anext__ awaits asend(None), aclose() throws
# GeneratorExit in and complains when the generator goes on, and the
# default athrow()/throw() raise what they are given (with its traceback).
from collections.abc import AsyncGenerator, AsyncIterator, Coroutine, Generator


def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as stop:
        return stop.value


class Countdown(AsyncGenerator):
    def __init__(self, n, stubborn=False):
        self.n = n
        self.stubborn = stubborn

    async def asend(self, value):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n, value

    async def athrow(self, typ, val=None, tb=None):
        if self.stubborn:
            return "kept going"
        return await super().athrow(typ, val, tb)


async def collect(source):
    return [x async for x in source]


print(drive(collect(Countdown(3))))
step = Countdown(2).__anext__()
print(type(step).__name__, drive(step))
print(drive(Countdown(1).aclose()))
for args in [(ValueError,), (ValueError, ValueError("given")), (KeyError("inst"),)]:
    try:
        drive(Countdown(1).athrow(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    drive(Countdown(1, stubborn=True).aclose())
except RuntimeError as e:
    print("RuntimeError", e)


class Ticks(AsyncIterator):
    def __init__(self):
        self.left = 2

    async def __anext__(self):
        if self.left == 0:
            return await super().__anext__()
        self.left -= 1
        return self.left


print(drive(collect(Ticks())))


def traceback_of():
    try:
        raise ValueError("with tb")
    except ValueError as e:
        return e.__traceback__


def reaches(entry, target):
    while entry is not None:
        if entry is target:
            return True
        entry = entry.tb_next
    return False


class Gen(Generator):
    def send(self, value):
        raise StopIteration

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


tb = traceback_of()
for args in [(TypeError,), (TypeError, None, tb), (TypeError, TypeError("v"), tb)]:
    try:
        Gen().throw(*args)
    except TypeError as e:
        print("TypeError", repr(e), reaches(e.__traceback__, tb))


class Coro(Coroutine):
    def __await__(self):
        return iter(())

    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


print(Coro().close())
try:
    Coro().throw(OSError, OSError(2, "gone"))
except OSError as e:
    print("OSError", e)
