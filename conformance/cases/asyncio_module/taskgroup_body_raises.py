import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    finally:
        print("child", n, "exits")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", repr(eg.exceptions[0]))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child(3))
            raise SystemExit(4)
    except SystemExit as e:
        print("SystemExit is not grouped", e.code)


asyncio.run(main())
