import asyncio

PAGES = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2"],
    "/b": ["/", "/b/1"],
    "/c": [],
    "/a/1": ["/a/2"],
    "/a/2": [],
    "/b/1": ["/c"],
}


class Crawler:
    def __init__(self, limit):
        self.sem = asyncio.Semaphore(limit)
        self.seen = set()
        self.active = 0
        self.peak = 0
        self.order = []

    async def visit(self, url, depth):
        if url in self.seen:
            return
        self.seen.add(url)
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            await asyncio.sleep(0.01 * (1 + len(url)))
            self.order.append((depth, url))
            self.active -= 1
        await asyncio.gather(*(self.visit(link, depth + 1) for link in PAGES[url]))


async def main():
    c = Crawler(limit=2)
    await c.visit("/", 0)
    for depth, url in sorted(c.order):
        print("  " * depth + url)
    print("pages:", len(c.seen), "peak concurrency:", c.peak)


asyncio.run(main())
