import asyncio
from contextlib import AsyncExitStack


async def suppress_all(exc_type, exc, tb):
    print("suppressing", exc_type.__name__ if exc_type else None)
    return True


class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, e, tb):
        print("Manager exit", et.__name__ if et else None)
        return False


async def main():
    async with AsyncExitStack() as stack:
        stack.push_async_exit(suppress_all)
        stack.push_async_exit(Manager())
        raise ValueError("gone")
    print("suppressed")


asyncio.run(main())
