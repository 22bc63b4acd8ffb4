def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return AsyncRangeIter(self.n)


class AsyncRangeIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    def __anext__(self):
        return self._next()

    async def _next(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


async def main():
    r = AsyncRange(3)
    a = [x async for x in r]
    b = [x async for x in r]
    nested = [(x, y) async for x in AsyncRange(2) async for y in AsyncRange(2)]
    return a, b, nested


print(run(main()))
