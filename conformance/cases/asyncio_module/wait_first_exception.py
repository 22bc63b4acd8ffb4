import asyncio


async def job(n, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"job {n} failed")
    return n


async def main():
    tasks = [asyncio.create_task(job(0, 0.01)), asyncio.create_task(job(1, 0.02, True)),
             asyncio.create_task(job(2, 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    for t in tasks:
        if t.done():
            print(t.exception())
    pending.pop().cancel()
    done, pending = await asyncio.wait(tasks[:1], return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))


asyncio.run(main())
