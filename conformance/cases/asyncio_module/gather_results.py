import asyncio


async def value(v, delay):
    await asyncio.sleep(delay)
    print("finished", v)
    return v


async def main():
    res = await asyncio.gather(value("a", 0.125), value("b", 0.025), value("c", 0.075))
    print(res)
    print(await asyncio.gather())
    t = asyncio.create_task(value("t", 0.0))
    print(await asyncio.gather(t, t, value("d", 0)))


asyncio.run(main())
