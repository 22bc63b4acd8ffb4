import asyncio


async def getter(q, name):
    try:
        v = await q.get()
        print(name, "got", v)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter(q, "g1"))
    g2 = asyncio.create_task(getter(q, "g2"))
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    await asyncio.sleep(0)
    print(g1.cancelled(), g2.done(), str(q))


asyncio.run(main())
