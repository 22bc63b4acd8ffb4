def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class NoANext:
    def __aiter__(self):
        return 42


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 7


class SyncOnly:
    def __iter__(self):
        return iter([1])


class Raising:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from anext")


async def loop(obj):
    async for x in obj:
        print("got", x)


for obj in [5, SyncOnly(), NoANext(), BadANext(), Raising(), [1, 2]]:
    try:
        run(loop(obj))
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
        if e.__cause__ is not None:
            print("  cause:", type(e.__cause__).__name__, e.__cause__)
