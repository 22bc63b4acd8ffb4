import asyncio


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("ignored cancel", i, asyncio.current_task().cancelling())
            asyncio.current_task().uncancel()
    return "survived"


async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0)
        t.cancel()
    print(await t, t.cancelling())


asyncio.run(main())
