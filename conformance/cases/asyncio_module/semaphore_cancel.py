import asyncio


async def hold(sem, name, delay):
    try:
        async with sem:
            print(name, "acquired")
            await asyncio.sleep(delay)
        print(name, "released")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(hold(sem, "a", 0.05))
    b = asyncio.create_task(hold(sem, "b", 0.01))
    c = asyncio.create_task(hold(sem, "c", 0.01))
    await asyncio.sleep(0)
    print(sem.locked())
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(sem.locked(), repr(sem).endswith("[unlocked, value:1]>"))


asyncio.run(main())
