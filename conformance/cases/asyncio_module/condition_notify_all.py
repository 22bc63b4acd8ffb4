import asyncio


async def waiter(cond, name):
    async with cond:
        print(name, "waits")
        r = await cond.wait()
        print(name, "notified", r)


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    tasks = [asyncio.create_task(waiter(cond, f"w{i}")) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        print(lock.locked(), cond.locked())
        cond.notify_all()
    await asyncio.gather(*tasks)


asyncio.run(main())
