import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.3)
    print(0.3 <= loop.time() - start < 0.6)
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, None)
    await fut
    print(0.5 <= loop.time() - start < 0.8)


asyncio.run(main())
