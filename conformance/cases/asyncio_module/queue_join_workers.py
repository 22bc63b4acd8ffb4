import asyncio


async def worker(name, q, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.05 * item)
        log.append((name, item))
        q.task_done()


async def main():
    q = asyncio.Queue()
    for item in [3, 1, 5, 2, 4]:
        q.put_nowait(item)
    log = []
    workers = [asyncio.create_task(worker(f"w{i}", q, log)) for i in range(2)]
    await q.join()
    print(log)
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print([type(r).__name__ for r in res])


asyncio.run(main())
