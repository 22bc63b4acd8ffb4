import asyncio
from contextlib import AsyncExitStack, contextmanager


async def acb(name):
    await asyncio.sleep(0)
    print("async callback", name)


def scb(name):
    print("sync callback", name)


@contextmanager
def sync_cm():
    print("sync enter")
    yield "s"
    print("sync exit")


async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_callback(acb, "a")
        stack.callback(scb, "b")
        print(stack.enter_context(sync_cm()))
        stack.push_async_callback(acb, name="c")
    stack = AsyncExitStack()
    stack.callback(scb, "x")
    await stack.aclose()
    print("closed")


asyncio.run(main())
