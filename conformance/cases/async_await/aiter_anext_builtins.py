def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen():
    yield "a"
    yield "b"


class Ticker:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


async def main():
    it = aiter(agen())
    print(await anext(it))
    print(await anext(it))
    print(await anext(it, "default"))
    print(await anext(it, "again"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    t = aiter(Ticker())
    print(await anext(t), await anext(t), await anext(t, None))
    aw = anext(agen(), 0)
    print(type(aw).__name__)
    print(await aw)


run(main())
