import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.05) as cm:
            print(repr(cm)[:16], cm.expired())
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired(), repr(cm))
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0.01)
    print(cm.expired(), repr(cm))
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0.01)
    print(cm.when(), repr(cm))
    t0 = loop.time()
    try:
        async with asyncio.timeout_at(loop.time() + 0.1):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout_at", 0.1 <= loop.time() - t0 < 0.4)


asyncio.run(main())
