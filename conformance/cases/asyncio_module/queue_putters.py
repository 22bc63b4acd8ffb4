import asyncio


async def putter(q, item):
    await q.put(item)
    print("put", item)


async def main():
    q = asyncio.Queue(maxsize=1)
    await q.put("first")
    tasks = [asyncio.create_task(putter(q, i)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    while not all(t.done() for t in tasks) or not q.empty():
        print("got", await q.get())
        await asyncio.sleep(0)
    print(str(q), [t.cancelled() for t in tasks])


asyncio.run(main())
