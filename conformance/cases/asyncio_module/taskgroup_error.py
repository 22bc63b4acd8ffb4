import asyncio


async def fails(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails(0.01, ValueError("v")))
            tg.create_task(fails(0.01, TypeError("t")))
            tg.create_task(slow())
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("ValueError group", eg.exceptions)
    except* TypeError as eg:
        print("TypeError group", eg.exceptions)
    print("after", asyncio.current_task().cancelling())


asyncio.run(main())
