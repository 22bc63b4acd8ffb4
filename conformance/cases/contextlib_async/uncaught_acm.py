import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def cm():
    print("enter")
    yield
    print("never")


async def main():
    async with cm():
        raise LookupError("escapes the manager")


asyncio.run(main())
