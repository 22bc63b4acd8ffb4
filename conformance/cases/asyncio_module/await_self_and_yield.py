import asyncio


class BadYield:
    def __await__(self):
        yield "not a future"


async def await_self():
    await asyncio.sleep(0)
    await me


async def bad_yield():
    await BadYield()


async def main():
    global me
    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])
    try:
        await asyncio.create_task(bad_yield())
    except RuntimeError as e:
        print("RuntimeError", str(e))


asyncio.run(main())
