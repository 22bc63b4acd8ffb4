import asyncio


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(d)) for d in (0.01, 0.3)]
    t0 = loop.time()
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print(len(done), len(pending), 0.1 <= loop.time() - t0 < 0.3)
    print([t.result() for t in done])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print(len(done), [t.cancelled() for t in done])


asyncio.run(main())
