import asyncio


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes", index)


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    print(repr(barrier).endswith("[filling, waiters:0/3]>"))
    await asyncio.gather(party(barrier, "a", 0.05), party(barrier, "b", 0.15),
                         party(barrier, "c", 0.1))
    print(barrier.n_waiting, barrier.broken)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
