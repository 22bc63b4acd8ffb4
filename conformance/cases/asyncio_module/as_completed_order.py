import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [(1, 0.1), (2, 0.02), (3, 0.06)]]
    for coro in asyncio.as_completed(tasks):
        print(await coro)
    try:
        asyncio.as_completed(tasks[0])
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
