import asyncio


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom awaitable"


async def coro():
    return "coroutine"


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(coro())
    print(type(t).__name__, await t)
    w = asyncio.ensure_future(Awaitable())
    print(type(w).__name__, await w)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError", e)
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(coro), asyncio.isfuture(1))
    c = coro()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro), asyncio.iscoroutine(1))
    await c


asyncio.run(main())
