import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled", n)
        raise


async def main():
    g = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer cancelled", g.cancelled(), e.args)
    print(g.cancel())


asyncio.run(main())
