import asyncio


async def noop():
    pass


async def main():
    tg = asyncio.TaskGroup()
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    async with tg:
        pass
    c = noop()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError", e)
    c.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


asyncio.run(main())
