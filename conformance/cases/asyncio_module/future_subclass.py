import asyncio


class TracedFuture(asyncio.Future):
    def set_result(self, result):
        print("setting", result)
        super().set_result(result)


async def main():
    loop = asyncio.get_running_loop()
    f = TracedFuture(loop=loop)
    loop.call_soon(f.set_result, 99)
    print(await f, isinstance(f, asyncio.Future), asyncio.isfuture(f))
    print(type(f).__name__, repr(f).startswith("<TracedFuture finished"))
    print(asyncio.Future.__name__, asyncio.Task.__name__, issubclass(asyncio.Task, asyncio.Future))


asyncio.run(main())
