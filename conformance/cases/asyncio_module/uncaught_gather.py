import asyncio


async def fail():
    raise ZeroDivisionError("gathered")


async def main():
    results = await asyncio.gather(asyncio.sleep(0, 1), fail())
    print(results)


asyncio.run(main())
