import asyncio


async def child(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    t1 = asyncio.create_task(child(1, 0.01))
    t2 = asyncio.create_task(child(2, 0.5))
    g = asyncio.gather(t1, t2, return_exceptions=True)
    await asyncio.sleep(0.02)
    t2.cancel("stop it")
    res = await g
    print(res[0], type(res[1]).__name__, res[1].args)
    t3 = asyncio.create_task(child(3, 0.5))
    g2 = asyncio.gather(t3)
    await asyncio.sleep(0)
    t3.cancel()
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2 raised CancelledError", g2.cancelled(), e.args)


asyncio.run(main())
