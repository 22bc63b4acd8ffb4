import asyncio

SENTINEL = object()


async def produce(out_q, items):
    for item in items:
        await out_q.put(item)
        print("produced", item)
    await out_q.put(SENTINEL)


async def transform(in_q, out_q):
    while True:
        item = await in_q.get()
        if item is SENTINEL:
            await out_q.put(SENTINEL)
            break
        await asyncio.sleep(0)
        await out_q.put(item.upper())


async def consume(in_q):
    seen = []
    while (item := await in_q.get()) is not SENTINEL:
        print("consumed", item)
        seen.append(item)
    return seen


async def main():
    q1, q2 = asyncio.Queue(maxsize=1), asyncio.Queue(maxsize=1)
    _, _, seen = await asyncio.gather(
        produce(q1, ["alpha", "beta", "gamma"]), transform(q1, q2), consume(q2))
    print(seen)


asyncio.run(main())
