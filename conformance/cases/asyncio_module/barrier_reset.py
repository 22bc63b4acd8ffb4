import asyncio


async def party(barrier, name):
    try:
        print(name, "passes", await barrier.wait())
    except asyncio.BrokenBarrierError as e:
        print(name, "error", e)


async def main():
    barrier = asyncio.Barrier(2)
    t = asyncio.create_task(party(barrier, "first"))
    await asyncio.sleep(0.01)
    print(barrier.n_waiting)
    await barrier.reset()
    await t
    print(barrier.broken, barrier.n_waiting)
    await asyncio.gather(party(barrier, "x"), party(barrier, "y"))


asyncio.run(main())
