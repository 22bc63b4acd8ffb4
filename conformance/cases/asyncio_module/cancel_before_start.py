import asyncio


async def never():
    print("never runs")


async def main():
    t = asyncio.create_task(never())
    t.cancel()
    print(t.done(), t.cancelling())
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())


asyncio.run(main())
