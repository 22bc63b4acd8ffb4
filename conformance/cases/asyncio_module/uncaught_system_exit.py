import asyncio


async def main():
    print("exiting")
    raise SystemExit(3)


asyncio.run(main())
