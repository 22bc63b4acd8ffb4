import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def resource(name):
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name.upper()
    finally:
        await asyncio.sleep(0)
        print("close", name)


async def main():
    async with resource("db") as r:
        print("using", r)
    async with resource("a") as a, resource("b") as b:
        print("both", a, b)


asyncio.run(main())
