import asyncio


def fetch_sync(url):
    return f"content of {url}"


async def main():
    ok = await asyncio.sleep(0, result="slept")
    print(ok)
    page = await fetch_sync("example.org")
    print(page)


try:
    asyncio.run(main())
except TypeError as e:
    problem = str(e)
print("problem:", problem)
raise TypeError(problem)
