import asyncio


async def ok(n):
    await asyncio.sleep(0.06 * n)
    print("ok", n)
    return n


async def bad():
    await asyncio.sleep(0.09)
    raise ValueError("bad one")


async def main():
    try:
        await asyncio.gather(ok(1), bad(), ok(3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.15)
    print("after sleep")
    res = await asyncio.gather(ok(1), bad(), ok(2), return_exceptions=True)
    print(res)


asyncio.run(main())
