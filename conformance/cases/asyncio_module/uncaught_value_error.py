import asyncio


async def helper():
    await asyncio.sleep(0)
    raise ValueError("helper failed")


async def main():
    print("main starts")
    await helper()


asyncio.run(main())
