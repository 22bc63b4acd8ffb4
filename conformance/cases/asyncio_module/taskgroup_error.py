import asyncio


# The failing tasks sleep(0), so both fail in the same pass of the loop:
# equal timers started a task step apart would decide it by how far apart
# (CPython's real clock wakes late enough for both, moat's virtual clock
# counts the instructions between them).
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
            tg.create_task(fails(0, ValueError("v")))
            tg.create_task(fails(0, TypeError("t")))
            tg.create_task(slow())
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("ValueError group", eg.exceptions)
    except* TypeError as eg:
        print("TypeError group", eg.exceptions)
    print("after", asyncio.current_task().cancelling())


asyncio.run(main())
