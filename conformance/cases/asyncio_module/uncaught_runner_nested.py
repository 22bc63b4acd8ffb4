import asyncio


async def inner():
    return 1


async def main():
    c = inner()
    try:
        asyncio.run(c)
    finally:
        c.close()


asyncio.run(main())
