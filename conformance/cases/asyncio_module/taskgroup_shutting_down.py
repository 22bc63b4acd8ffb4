import asyncio


async def fail():
    raise ValueError("first failure")


async def noop():
    await asyncio.sleep(0)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            await asyncio.sleep(0)
            print(repr(tg))
            c = noop()
            try:
                tg.create_task(c)
            except RuntimeError as e:
                print("RuntimeError", e)
            c.close()
    except ExceptionGroup as eg:
        print(repr(eg.exceptions))


asyncio.run(main())
