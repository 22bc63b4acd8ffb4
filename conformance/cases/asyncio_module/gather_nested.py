import asyncio


async def leaf(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print("leaf", name, "cancelled")
        raise


async def main():
    inner1 = asyncio.gather(leaf("a", 0.01), leaf("b", 0.02))
    inner2 = asyncio.gather(leaf("c", 0.03))
    print(await asyncio.gather(inner1, inner2))
    inner = asyncio.gather(leaf("x", 1), leaf("y", 1))
    outer = asyncio.gather(inner, leaf("z", 1))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())


asyncio.run(main())
