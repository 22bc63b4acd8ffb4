import asyncio


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel("one"), t.cancel("two"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    print(t.uncancel(), t.uncancel(), t.uncancel())


asyncio.run(main())
