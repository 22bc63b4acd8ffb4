import asyncio


async def noop():
    return None


async def main():
    t = asyncio.current_task()
    print(t.get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    c.set_name(123)
    print(repr(c.get_name()))
    await asyncio.gather(a, b, c)
    d = asyncio.get_running_loop().create_task(noop(), name=("x", 1))
    print(d.get_name())
    await d


asyncio.run(main())
asyncio.run(main())
