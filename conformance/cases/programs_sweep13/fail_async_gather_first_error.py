import asyncio


async def download(name, size):
    await asyncio.sleep(0.1 * size)
    if size > 3:
        raise ValueError(f"{name}: {size} MB exceeds the 3 MB limit")
    return f"{name} ({size} MB)"


async def main():
    ok = await asyncio.gather(download("a", 1), download("b", 2))
    print(ok)
    try:
        await asyncio.gather(download("c", 1), download("d", 5), download("e", 2))
    except ValueError as e:
        return e
    return None


error = asyncio.run(main())
print("first failure:", error)
raise RuntimeError("batch aborted") from error
