import asyncio
from contextlib import AsyncExitStack, asynccontextmanager


@asynccontextmanager
async def res(n):
    print("enter", n)
    yield n
    print("exit", n)


async def main():
    async with AsyncExitStack() as stack:
        values = [await stack.enter_async_context(res(i)) for i in range(3)]
        print(values)
    print("done")


asyncio.run(main())
