import asyncio

LATENCY = {"users": 0.3, "orders": 0.5, "stock": 0.1, "prices": 0.4}


async def fetch(endpoint, log):
    log.append(f"start {endpoint}")
    await asyncio.sleep(LATENCY[endpoint])
    log.append(f"done {endpoint}")
    return {"endpoint": endpoint, "rows": len(endpoint) * 3}


async def main():
    log = []
    results = await asyncio.gather(*(fetch(e, log) for e in LATENCY))
    for line in log:
        print(line)
    total = sum(r["rows"] for r in results)
    print("order kept:", [r["endpoint"] for r in results])
    print("total rows:", total)
    return total


value = asyncio.run(main())
print("returned", value)
