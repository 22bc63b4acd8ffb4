import asyncio


async def sleeper():
    try:
        print("sleeping")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("got cancelled")
        raise
    finally:
        print("cleanup")


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelling())
    print(t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw CancelledError")
    print(t.cancelled(), t.done(), t.cancel())


asyncio.run(main())
