import asyncio


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2))
    print("created")
    r = await t1
    print("t1 done", r, t2.done())
    print(await t2)


asyncio.run(main())
