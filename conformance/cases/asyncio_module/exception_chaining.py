import asyncio


async def low():
    raise KeyError("low")


async def mid():
    try:
        await low()
    except KeyError as e:
        raise ValueError("mid") from e


async def main():
    t = asyncio.create_task(mid())
    try:
        await t
    except ValueError as e:
        print(repr(e), repr(e.__cause__))
    try:
        await asyncio.gather(mid())
    except ValueError as e:
        print(repr(e), repr(e.__cause__), e is t.exception())


asyncio.run(main())
