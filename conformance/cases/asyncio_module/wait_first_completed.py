import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    print("job", n, "finished")
    return n


async def main():
    tasks = [asyncio.create_task(job(i, d)) for i, d in enumerate([0.05, 0.01, 0.08])]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(pending, return_when="FIRST_COMPLETED")
    print([t.result() for t in done], len(pending))
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
