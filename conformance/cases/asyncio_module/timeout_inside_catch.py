import asyncio


async def main():
    try:
        async with asyncio.timeout(0.02):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("block saw CancelledError")
                raise
    except TimeoutError as e:
        print("TimeoutError", type(e.__context__).__name__)


asyncio.run(main())
