import asyncio


async def tick(name, delay, times):
    # Deadlines from one start time, so the lateness of one wake-up does
    # not shift the next.
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(times):
        await asyncio.sleep(start + (i + 1) * delay - loop.time())
        print(name, i)


async def main():
    await asyncio.gather(tick("fast", 0.1, 4), tick("slow", 0.25, 2))
    print("done")


asyncio.run(main())
