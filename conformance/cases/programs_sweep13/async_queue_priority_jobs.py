import asyncio


async def worker(wid, q, done):
    while True:
        prio, seq, job = await q.get()
        try:
            if job is None:
                return
            await asyncio.sleep(0.06 * len(job))
            done.append((wid, prio, job))
        finally:
            q.task_done()


async def main():
    q = asyncio.PriorityQueue()
    jobs = [(3, "reindex"), (1, "page-oncall"), (2, "email"), (1, "rollback"), (5, "cleanup"), (2, "sms")]
    for seq, (prio, job) in enumerate(jobs):
        q.put_nowait((prio, seq, job))
    done = []
    workers = [asyncio.create_task(worker(i, q, done)) for i in range(2)]
    await q.join()
    for i in range(2):
        q.put_nowait((99, 100 + i, None))
    await asyncio.gather(*workers)
    for wid, prio, job in done:
        print(f"w{wid} p{prio} {job}")
    lifo = asyncio.LifoQueue()
    for x in "abc":
        await lifo.put(x)
    print([lifo.get_nowait() for _ in range(3)])
    try:
        lifo.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")


asyncio.run(main())
