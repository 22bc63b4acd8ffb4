import asyncio
from contextlib import AsyncExitStack


async def close(name):
    print("close", name)


async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_callback(close, "one")
        stack.push_async_callback(close, "two")
        kept = stack.pop_all()
        print(type(kept).__name__)
    print("stack exited")
    await kept.aclose()


asyncio.run(main())
