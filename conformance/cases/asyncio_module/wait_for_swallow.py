import asyncio


async def ignores_cancel():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("ignoring")
    return "finished anyway"


async def main():
    r = await asyncio.wait_for(ignores_cancel(), 0.05)
    print(r)
    r = await asyncio.wait_for(ignores_cancel(), -1)
    print(r)


asyncio.run(main())
