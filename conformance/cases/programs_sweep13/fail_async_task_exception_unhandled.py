import asyncio


async def parse_score(raw):
    await asyncio.sleep(0)
    return int(raw)


async def main():
    raws = ["10", "20", "thirty", "40"]
    tasks = [asyncio.create_task(parse_score(r)) for r in raws]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for raw, r in zip(raws, results):
        print(f"{raw!r:9} -> {r!r}")
    return results


results = asyncio.run(main())
bad = [r for r in results if isinstance(r, Exception)]
print(sum(r for r in results if isinstance(r, int)), "from", len(results) - len(bad), "scores")
raise bad[0]
