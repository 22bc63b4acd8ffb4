import asyncio
from contextlib import AsyncExitStack


class NotAsync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


async def failing_exit(*args):
    raise KeyError("from exit")


async def main():
    async with AsyncExitStack() as stack:
        try:
            await stack.enter_async_context(NotAsync())
        except TypeError as e:
            print("TypeError", e)
    try:
        async with AsyncExitStack() as stack:
            stack.push_async_exit(failing_exit)
            raise ValueError("body")
    except KeyError as e:
        print("KeyError", e, repr(e.__context__))


asyncio.run(main())
