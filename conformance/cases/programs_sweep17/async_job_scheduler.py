# Async job scheduler: TaskGroup, timeouts, queues, semaphores, gather with
# return_exceptions, cancellation and deterministic virtual sleeps.
import asyncio

LOG = []

async def job(name, delay, fail=False):
    LOG.append(f"start {name}")
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    LOG.append(f"end {name}")
    return name.upper()

async def limited(sem, name, delay):
    async with sem:
        LOG.append(f"acquire {name}")
        await asyncio.sleep(delay)
        return f"{name}:{delay}"

async def producer(q, items):
    for it in items:
        await q.put(it)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item * 2)
        q.task_done()
    q.task_done()

async def main():
    res = await asyncio.gather(job("a", 0.02), job("b", 0.01), job("c", 0.015, fail=True),
                               return_exceptions=True)
    print([r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in res])
    print(LOG); LOG.clear()

    try:
        async with asyncio.timeout(0.01):
            await job("slow", 1)
    except TimeoutError:
        print("timeout hit", LOG)
    LOG.clear()
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(job("x", 0.01))
            t2 = tg.create_task(job("y", 0.005, fail=True))
            t3 = tg.create_task(job("z", 0.05))
    except* RuntimeError as eg:
        print("taskgroup errors:", [str(e) for e in eg.exceptions])
    print("x done:", t1.done(), t1.result() if not t1.cancelled() else "cancelled", "z cancelled:", t3.cancelled())
    print(sorted(LOG)); LOG.clear()

    try:
        await asyncio.wait_for(job("w", 1), timeout=0.01)
    except asyncio.TimeoutError as exc:
        print("wait_for timeout", type(exc).__name__)

    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(limited(sem, n, d) for n, d in [("p", 0.03), ("q", 0.01), ("r", 0.02), ("s", 0.01)]))
    print(results, LOG); LOG.clear()

    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, range(5)), consumer(q, out))
    print("queue out", out, q.empty(), q.qsize())

    task = asyncio.create_task(job("cancel-me", 1))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled:", task.cancelled(), LOG)

    done, pending = await asyncio.wait([asyncio.create_task(job(f"w{i}", i / 100)) for i in range(1, 4)],
                                        return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending:
        p.cancel()
    order = []
    for coro in asyncio.as_completed([job("m3", 0.03), job("m1", 0.01), job("m2", 0.02)]):
        order.append(await coro)
    print("as_completed", order)
    ev = asyncio.Event()
    async def waiter(n):
        await ev.wait()
        return n
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print("event", await asyncio.gather(*ws), ev.is_set())
    return "main-done"

print(asyncio.run(main()))
