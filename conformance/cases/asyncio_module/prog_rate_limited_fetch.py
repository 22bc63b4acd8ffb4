import asyncio

PAGES = {"/a": 3, "/b": 1, "/c": 4, "/d": 5, "/e": 2}


async def fetch(sem, url, log):
    async with sem:
        log.append(f"start {url}")
        await asyncio.sleep(PAGES[url] / 20)
        log.append(f"end {url}")
        return url, PAGES[url] * 100


async def main():
    sem = asyncio.Semaphore(2)
    log = []
    results = await asyncio.gather(*(fetch(sem, u, log) for u in PAGES))
    for line in log:
        print(line)
    print(dict(results))
    print("total bytes:", sum(size for _, size in results))


if __name__ == "__main__":
    asyncio.run(main())
