# Deep nesting through the async machinery, where each level is a nested
# native resumption: an await chain, async generators iterating each other,
# aclose() passed down a chain of awaits, anext() of anext(), and
# __await__ returning an iterator that awaits the next level. Each must
# end in a catchable RecursionError (never a host stack overflow), and
# the interpreter must work normally afterwards.
# expect-output: await chain -> RecursionError
# expect-output: async gen chain -> RecursionError
# expect-output: close deep -> RecursionError
# expect-output: __await__ chain -> RecursionError
# expect-output: after -> 20
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except RecursionError:
        print(label, "-> RecursionError")


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def chain(n):
    return 0 if n == 0 else 1 + await chain(n - 1)


async def agens(n):
    if n == 0:
        yield 0
        return
    async for v in agens(n - 1):
        yield v + 1


async def collect(n):
    return [v async for v in agens(n)]


@types.coroutine
def suspend():
    yield


async def waits(n):
    if n == 0:
        await suspend()
    else:
        await waits(n - 1)


def close_deep(n):
    c = waits(n)
    c.send(None)
    c.close()
    return "closed"


class Level:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        if self.n == 0:
            return iter([])
        return chain_await(self.n - 1).__await__()


async def chain_await(n):
    return await Level(n)


t("await chain", lambda: run(chain(50000)))
t("async gen chain", lambda: run(collect(50000)))
t("close deep", lambda: close_deep(50000))
t("__await__ chain", lambda: run(chain_await(50000)))
t("after", lambda: run(chain(20)))
