import asyncio
from dataclasses import dataclass, field

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/a/1": [],
    "/a/2": ["/b/1"],
    "/b/1": ["/slow"],
    "/slow": [],
}


@dataclass
class Crawl:
    seen: set = field(default_factory=set)
    pages: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)


async def fetch(url):
    await asyncio.sleep(0)
    if url == "/slow":
        await asyncio.sleep(1)
    if url not in SITE:
        raise LookupError(f"404 {url}")
    return SITE[url]


async def visit(url, crawl, sem, tg):
    async with sem:
        try:
            async with asyncio.timeout(0.05):
                links = await fetch(url)
        except TimeoutError:
            crawl.errors.append(f"timeout {url}")
            return
        except LookupError as e:
            crawl.errors.append(str(e))
            return
    crawl.pages[url] = len(links)
    for link in links:
        if link not in crawl.seen:
            crawl.seen.add(link)
            tg.create_task(visit(link, crawl, sem, tg))


async def main():
    crawl = Crawl(seen={"/"})
    sem = asyncio.Semaphore(2)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(visit("/", crawl, sem, tg))
    print(sorted(crawl.pages.items()))
    print(crawl.errors)
    print(len(crawl.seen), "urls seen")


asyncio.run(main())
