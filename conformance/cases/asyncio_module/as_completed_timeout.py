import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [(1, 0.01), (2, 0.5)]]
    results = []
    try:
        for coro in asyncio.as_completed(tasks, timeout=0.1):
            results.append(await coro)
    except asyncio.TimeoutError:
        print("timed out after", results)
    print(tasks[1].done())
    tasks[1].cancel()


asyncio.run(main())
