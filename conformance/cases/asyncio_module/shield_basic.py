import asyncio


async def important():
    await asyncio.sleep(0.05)
    print("important work done")
    return "result"


async def caller(inner):
    return await asyncio.shield(inner)


async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.create_task(caller(inner))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result(5)
    print(asyncio.shield(done) is done)


asyncio.run(main())
