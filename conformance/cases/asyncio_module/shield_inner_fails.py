import asyncio


async def fails():
    await asyncio.sleep(0.01)
    raise KeyError("inner")


async def cancelled_inner():
    await asyncio.sleep(1)


async def main():
    try:
        await asyncio.shield(fails())
    except KeyError as e:
        print("KeyError", e)
    t = asyncio.create_task(cancelled_inner())
    s = asyncio.shield(t)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("shield saw inner cancel", s.cancelled())


asyncio.run(main())
