import asyncio


async def job():
    return 1


async def main():
    for arg, kw in [([], {}), ({1}, {"return_when": "SOMETIMES"})]:
        try:
            await asyncio.wait(arg, **kw)
        except ValueError as e:
            print("ValueError", e)
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        await asyncio.wait(f)
    except TypeError as e:
        print("TypeError", e)
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.wait(c)
    except TypeError as e:
        print("TypeError", e)
    await c


asyncio.run(main())
