# An exception a task raises after it has caught the one of a future it
# awaited has no __context__ from that future; one raised while handling
# it has.
import asyncio


async def fail(exc):
    raise exc


async def swallow_then_raise():
    try:
        await asyncio.create_task(fail(ValueError("first")))
    except ValueError:
        pass
    raise KeyError("later")


async def raise_in_handler():
    try:
        await asyncio.create_task(fail(ValueError("first")))
    except ValueError:
        raise KeyError("inside")


async def cancelled_then_raise():
    sleeper = asyncio.create_task(asyncio.sleep(5))
    asyncio.get_running_loop().call_soon(sleeper.cancel)
    try:
        await sleeper
    except asyncio.CancelledError:
        pass
    raise LookupError("after cancel")


async def main():
    for coro_fn in (swallow_then_raise, raise_in_handler, cancelled_then_raise):
        task = asyncio.create_task(coro_fn())
        try:
            await task
        except LookupError as exc:
            print(coro_fn.__name__, repr(exc), repr(exc.__context__))
        try:
            await coro_fn()
        except LookupError as exc:
            print("direct", repr(exc), repr(exc.__context__))


asyncio.run(main())
