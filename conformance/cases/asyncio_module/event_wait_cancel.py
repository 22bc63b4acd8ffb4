import asyncio


async def waiter(ev, name):
    try:
        await ev.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a"))
    b = asyncio.create_task(waiter(ev, "b"))
    await asyncio.sleep(0)
    print(repr(ev).endswith("[unset, waiters:2]>"))
    a.cancel()
    await asyncio.sleep(0)
    print(repr(ev).endswith("[unset, waiters:1]>"))
    ev.set()
    await asyncio.gather(a, b, return_exceptions=True)
    print(repr(ev).endswith("[set]>"))


asyncio.run(main())
