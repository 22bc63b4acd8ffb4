import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def plain():
    yield "v"


async def main():
    try:
        async with plain():
            raise StopAsyncIteration("inside")
    except StopAsyncIteration as e:
        print("StopAsyncIteration", e)
    try:
        async with plain():
            raise StopIteration("sync stop")
    except StopIteration as e:
        print("StopIteration", e)
    cm = plain()
    print(await cm.__aenter__())
    print(await cm.__aexit__(None, None, None))


asyncio.run(main())
