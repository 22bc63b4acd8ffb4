import asyncio


async def worker(q, seen):
    while True:
        item = await q.get()
        seen.append(item.upper())
        q.task_done()


async def main():
    q = asyncio.Queue()
    seen = []
    for word in ["alpha", "beta", 7, "gamma"]:
        q.put_nowait(word)
    task = asyncio.create_task(worker(q, seen))
    await asyncio.sleep(0.05)
    print(seen, q.qsize(), task.done())
    return task


task = asyncio.run(main())
print("worker finished:", task.done(), "cancelled:", task.cancelled())
if task.done() and not task.cancelled() and task.exception() is not None:
    raise task.exception().with_traceback(None)
