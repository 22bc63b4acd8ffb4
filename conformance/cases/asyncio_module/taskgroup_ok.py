import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    print("job", n)
    return n * 10


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(job(1, 0.1))
        t2 = tg.create_task(job(2, 0.02), name="second")
        print("body done", repr(tg))
    print(t1.result(), t2.result(), t2.get_name())
    print(repr(tg))


asyncio.run(main())
