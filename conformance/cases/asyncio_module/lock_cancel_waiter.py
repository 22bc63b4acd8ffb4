import asyncio


async def holder(lock):
    async with lock:
        await asyncio.sleep(0.05)
        print("holder done")


async def waiter(lock, name):
    try:
        async with lock:
            print(name, "acquired")
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    w1 = asyncio.create_task(waiter(lock, "w1"))
    w2 = asyncio.create_task(waiter(lock, "w2"))
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:2]>"))
    w1.cancel()
    await asyncio.gather(h, w1, w2, return_exceptions=True)
    print(lock.locked())


asyncio.run(main())
