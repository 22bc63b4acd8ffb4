import asyncio


async def producer(queue, items):
    for item in items:
        await queue.put(item)
        await asyncio.sleep(0.001)
    await queue.put(None)


async def transformer(inq, outq):
    while True:
        item = await inq.get()
        if item is None:
            await outq.put(None)
            inq.task_done()
            break
        await outq.put(item.strip().title())
        inq.task_done()


async def consumer(queue, sink):
    while (item := await queue.get()) is not None:
        sink.append(item)
        queue.task_done()
    queue.task_done()


async def main():
    raw = ["  alice ", "bob", " carol smith", "dave  ", "  eve"]
    q1, q2 = asyncio.Queue(maxsize=2), asyncio.Queue()
    sink = []
    await asyncio.gather(producer(q1, raw), transformer(q1, q2), consumer(q2, sink))
    print(sink)
    print("q1 empty:", q1.empty(), "q2 size:", q2.qsize())


asyncio.run(main())
