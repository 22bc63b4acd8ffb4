import asyncio


async def level(n):
    if n == 0:
        await asyncio.sleep(0)
        return [0]
    inner = asyncio.create_task(level(n - 1))
    result = await inner
    return result + [n]


async def fail_deep(n):
    if n == 0:
        raise LookupError("bottom")
    return await fail_deep(n - 1)


async def main():
    print(await level(5))
    try:
        await asyncio.create_task(fail_deep(20))
    except LookupError as e:
        print("LookupError", e)
    print(await asyncio.gather(*(level(i) for i in range(3))))


asyncio.run(main())
