import asyncio


async def main():
    print("waiting")
    await asyncio.wait_for(asyncio.sleep(1), 0.01)


asyncio.run(main())
