import asyncio
from contextlib import aclosing


async def rows(n, log):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield {"id": i, "value": i * i}
    finally:
        log.append(f"cursor closed after {n} rows requested")


async def first_match(pred, log):
    async with aclosing(rows(100, log)) as stream:
        async for row in stream:
            if pred(row):
                return row


async def main():
    log = []
    print(await first_match(lambda r: r["value"] > 50, log))
    print(log)
    total = 0
    async for r in rows(5, log):
        total += r["value"]
    print(total, log[-1])
    agen = rows(3, log)
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    print(log[-1], await anext(agen, "exhausted"))


asyncio.run(main())
