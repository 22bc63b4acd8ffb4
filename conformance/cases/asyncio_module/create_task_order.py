import asyncio


async def job(n):
    print("start", n)
    await asyncio.sleep(0)
    print("end", n)
    return n * n


async def main():
    tasks = [asyncio.create_task(job(i)) for i in range(4)]
    print("before await")
    for t in tasks:
        print(t.get_name(), await t)
    print([t.done() for t in tasks])


asyncio.run(main())
