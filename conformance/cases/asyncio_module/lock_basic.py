import asyncio


async def critical(lock, name):
    async with lock:
        print(name, "enter", lock.locked())
        await asyncio.sleep(0.01)
        print(name, "exit")


async def main():
    lock = asyncio.Lock()
    print(lock.locked(), repr(lock).split(" at ")[0], repr(lock).endswith("[unlocked]>"))
    await asyncio.gather(*(critical(lock, f"t{i}") for i in range(3)))
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await lock.acquire(), lock.locked())
    lock.release()


asyncio.run(main())
