import asyncio


async def party(barrier, name):
    try:
        async with barrier as index:
            print(name, index)
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", e)


async def main():
    barrier = asyncio.Barrier(3)
    t1 = asyncio.create_task(party(barrier, "p1"))
    t2 = asyncio.create_task(party(barrier, "p2"))
    await asyncio.sleep(0.01)
    await barrier.abort()
    await asyncio.gather(t1, t2)
    print(barrier.broken, repr(barrier).endswith("[broken]>"))
    await party(barrier, "late")
    await barrier.reset()
    print(barrier.broken)


asyncio.run(main())
