import asyncio


async def job(n, delay):
    await asyncio.sleep(delay)
    return n


async def main():
    tasks = [asyncio.create_task(job(i, 0.01 * (3 - i)), name=f"job{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.get_name() for t in done), pending)
    print(sorted(t.result() for t in done))


asyncio.run(main())
