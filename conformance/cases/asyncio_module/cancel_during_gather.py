import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise


async def parent():
    try:
        await asyncio.gather(child(1), child(2))
    except asyncio.CancelledError:
        print("parent cancelled")
        raise


async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    res = await asyncio.gather(p, return_exceptions=True)
    print(type(res[0]).__name__, p.cancelled())


asyncio.run(main())
