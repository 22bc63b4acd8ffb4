import asyncio


async def mirror(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} refused")
    return name


async def first_ok(mirrors):
    tasks = [asyncio.create_task(mirror(*m)) for m in mirrors]
    errors = []
    try:
        for fut in asyncio.as_completed(tasks):
            try:
                return await fut, errors
            except ConnectionError as e:
                errors.append(str(e))
        return None, errors
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    print(await first_ok([("eu", 0.5), ("us", 0.2, True), ("asia", 0.8)]))
    print(await first_ok([("a", 0.1, True), ("b", 0.4, True)]))
    done, pending = await asyncio.wait(
        [asyncio.create_task(mirror(n, d)) for n, d in [("x", 0.1), ("y", 2.0), ("z", 0.3)]],
        timeout=0.6,
    )
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


asyncio.run(main())
