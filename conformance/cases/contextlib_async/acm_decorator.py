import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def logged(tag):
    print("enter", tag)
    yield
    print("exit", tag)


@logged("deco")
async def work(x):
    print("work", x)
    return x * 2


async def main():
    print(await work(1))
    print(await work(2))
    print(work.__name__)


asyncio.run(main())
