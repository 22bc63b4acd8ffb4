import asyncio


async def fails(n):
    await asyncio.sleep(0)
    raise ValueError(n)


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(fails(1))
    except ExceptionGroup as eg:
        print(type(eg).__name__, eg.message, len(eg.exceptions))
        print(repr(eg))
        print(eg.__cause__, eg.__suppress_context__)


asyncio.run(main())
