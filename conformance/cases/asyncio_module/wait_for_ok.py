import asyncio


async def quick():
    await asyncio.sleep(0.01)
    return "quick"


async def main():
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))
    t = asyncio.create_task(quick())
    print(await asyncio.wait_for(t, 5), t.done())


asyncio.run(main())
