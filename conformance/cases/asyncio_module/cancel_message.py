import asyncio


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("inside", e.args)
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel("my message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside", e.args)
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", e.args)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        print("exception", e.args)


asyncio.run(main())
