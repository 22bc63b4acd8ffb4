import asyncio


async def countdown(n, delay):
    while n > 0:
        await asyncio.sleep(delay)
        yield n
        n -= 1


async def merged():
    out = []

    async def drain(name, gen):
        async for v in gen:
            out.append((name, v))

    await asyncio.gather(drain("x", countdown(3, 0.06)), drain("y", countdown(2, 0.15)))
    return out


async def main():
    squares = [v * v async for v in countdown(4, 0)]
    print(squares)
    evens = {v async for v in countdown(6, 0) if v % 2 == 0}
    print(sorted(evens))
    print(await merged())


asyncio.run(main())
