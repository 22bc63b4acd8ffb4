import asyncio


async def main():
    t = asyncio.current_task()
    asyncio.get_running_loop().call_soon(t.cancel)
    print("about to be cancelled")
    await asyncio.sleep(1)


asyncio.run(main())
