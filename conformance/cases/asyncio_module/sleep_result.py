import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    r = await asyncio.sleep(0.2, result="value")
    print(r, 0.2 <= loop.time() - t0 < 0.5)
    print(await asyncio.sleep(0, "zero"))
    print(await asyncio.sleep(-5, result=[1, 2]))
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
