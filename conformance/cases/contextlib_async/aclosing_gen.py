import asyncio
from contextlib import aclosing


async def numbers():
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        print("generator closed")


async def main():
    async with aclosing(numbers()) as gen:
        async for n in gen:
            print(n)
            if n == 2:
                break
        print("loop left")
    print("after block")


asyncio.run(main())
