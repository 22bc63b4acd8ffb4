import asyncio


async def worker(name, steps, progress):
    try:
        for i in range(steps):
            await asyncio.sleep(0.2)
            progress[name] = i + 1
        return "finished"
    except asyncio.CancelledError:
        progress[name] = f"cancelled at {progress.get(name, 0)}"
        raise


async def watchdog(tasks, deadline):
    await asyncio.sleep(deadline)
    for t in tasks:
        if not t.done():
            t.cancel()


async def main():
    progress = {}
    tasks = [asyncio.create_task(worker(n, s, progress)) for n, s in [("fast", 3), ("slow", 50), ("mid", 8)]]
    asyncio.create_task(watchdog(tasks, 0.9))
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(["fast", "slow", "mid"], results):
        print(t, "->", type(r).__name__ if isinstance(r, BaseException) else r, "|", progress[t])
    print("cancelled flags:", [t.cancelled() for t in tasks])


asyncio.run(main())
