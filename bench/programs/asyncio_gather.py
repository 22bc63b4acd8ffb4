# asyncio as scripts use it: a gather of many tasks that each yield to the
# loop a few times, a bounded Queue between a producer and consumers, a
# TaskGroup whose tasks wait inside try/finally, and a gather of short
# timers. Moat runs it on its virtual clock, CPython on the real one (the
# timers add some milliseconds of sleep to its wall time, not to its CPU
# time, which is what bench/compare.py compares).
import asyncio


async def worker(n, steps):
    total = 0
    for i in range(steps):
        await asyncio.sleep(0)
        total += i * n
    return total


async def producer(queue, count, consumers):
    for i in range(count):
        await queue.put(i)
    for _ in range(consumers):
        await queue.put(None)


async def consumer(queue, results):
    while True:
        item = await queue.get()
        queue.task_done()
        if item is None:
            return
        results.append(item * item)


async def guarded(n, log):
    try:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return n * 2
    finally:
        log.append(n)


async def main():
    totals = await asyncio.gather(*(worker(n, 20) for n in range(300)))
    print("gather", sum(totals))

    queue = asyncio.Queue(maxsize=16)
    results = []
    await asyncio.gather(producer(queue, 5000, 3),
                         *(consumer(queue, results) for _ in range(3)))
    print("queue", len(results), sum(results))

    log = []
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(guarded(i, log)) for i in range(500)]
    print("taskgroup", sum(t.result() for t in tasks), len(log))

    done = await asyncio.gather(
        *(asyncio.sleep(0.001 * (i % 4), result=i) for i in range(200)))
    print("timers", sum(done))


asyncio.run(main())
