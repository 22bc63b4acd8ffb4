import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def ignores_throw():
    try:
        yield
    except Exception:
        pass
    yield


@asynccontextmanager
async def raises_other():
    try:
        yield
    except ValueError:
        raise TypeError("replaced")


async def main():
    for cm in (no_yield(), two_yields()):
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    try:
        async with ignores_throw():
            raise ValueError
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with raises_other():
            raise ValueError("orig")
    except TypeError as e:
        print("TypeError", e, repr(e.__context__))


asyncio.run(main())
