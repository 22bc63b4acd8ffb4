import asyncio


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled")
        raise


async def group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())
        tg.create_task(child())
        await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(group())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("group task cancelled", t.cancelled())


asyncio.run(main())
