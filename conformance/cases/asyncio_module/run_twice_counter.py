import asyncio


async def main():
    t = asyncio.current_task()
    print(t.get_name())
    inner = asyncio.create_task(asyncio.sleep(0))
    print(inner.get_name())
    await inner


asyncio.run(main())
asyncio.run(main())
