import asyncio


async def main():
    for cls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = cls()
        for x in [3, 1, 4, 1, 5]:
            await q.put(x)
        out = []
        while not q.empty():
            out.append(await q.get())
        print(cls.__name__, out)
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "a"), (3, "c")]:
        pq.put_nowait(item)
    print(str(pq))
    print([pq.get_nowait()[1] for _ in range(3)])


asyncio.run(main())
