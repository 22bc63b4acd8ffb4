import asyncio


async def job(sem, n, active):
    async with sem:
        active.append(n)
        print("start", n, "active", len(active))
        await asyncio.sleep(0.05 * (n + 1))
        active.remove(n)
        print("end", n)


async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem).endswith("[unlocked, value:2]>"))
    active = []
    await asyncio.gather(*(job(sem, i, active) for i in range(5)))
    print(sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(b.locked())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e)
    s = asyncio.Semaphore(0)
    s.release()
    s.release()
    print(repr(s).endswith("[unlocked, value:2]>"))


asyncio.run(main())
