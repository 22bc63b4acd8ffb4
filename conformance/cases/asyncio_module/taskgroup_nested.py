import asyncio


async def leaf(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    print("leaf", name)


async def branch(name, fail):
    async with asyncio.TaskGroup() as tg:
        tg.create_task(leaf(name + ".1", 0.01))
        tg.create_task(leaf(name + ".2", 0.02, fail))


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(branch("a", False))
            tg.create_task(branch("b", True))
    except ExceptionGroup as eg:
        print(repr(eg))


asyncio.run(main())
