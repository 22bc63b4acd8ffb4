import asyncio
import contextlib


@contextlib.asynccontextmanager
async def documented():
    """Yields forty-two."""
    yield 42


async def main():
    cm = documented()
    print(documented.__doc__, documented.__name__)
    print(cm.__doc__)
    print(isinstance(cm, contextlib.AbstractAsyncContextManager))
    print(isinstance(cm, contextlib.AsyncContextDecorator))
    async with cm as v:
        print(v)


asyncio.run(main())
