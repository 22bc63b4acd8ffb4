import asyncio


async def save(record, saved):
    await asyncio.sleep(0.3)
    saved.append(record)
    return f"saved {record}"


async def handler(record, saved):
    return await asyncio.shield(save(record, saved))


async def main():
    saved = []
    t = asyncio.create_task(handler("r1", saved))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("handler cancelled; cancelled() =", t.cancelled())
    await asyncio.sleep(0.5)
    print("saved anyway:", saved)
    t2 = asyncio.create_task(asyncio.sleep(1, result="late"))
    await asyncio.sleep(0)
    print("cancel returns", t2.cancel(), t2.cancel())
    try:
        await t2
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    t3 = asyncio.create_task(asyncio.sleep(0.01, result="x"))
    print(await t3, t3.cancel(), t3.done())


asyncio.run(main())
