import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def guarded(suppress):
    try:
        yield
    except ValueError as e:
        print("generator saw", repr(e))
        if not suppress:
            raise
    finally:
        print("finally")


async def main():
    async with guarded(True):
        raise ValueError("swallowed")
    print("after suppressed")
    try:
        async with guarded(False):
            raise ValueError("passed on")
    except ValueError as e:
        print("caught", e)
    try:
        async with guarded(True):
            raise KeyError("other")
    except KeyError as e:
        print("KeyError", e)


asyncio.run(main())
