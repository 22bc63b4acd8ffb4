import asyncio


async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise KeyError(n)


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(1))
        tg.create_task(fail(1))
    print("not reached")


asyncio.run(main())
