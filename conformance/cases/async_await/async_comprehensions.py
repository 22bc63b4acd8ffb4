def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


async def double(x):
    return x * 2


async def main():
    a = [x async for x in agen(5)]
    b = {x % 3 async for x in agen(7)}
    c = {x: str(x) async for x in agen(3) if x != 1}
    d = [await double(x) for x in range(4)]
    e = [y async for x in agen(3) for y in range(x)]
    f = [await double(x) async for x in agen(3) if await double(x) > 0]
    return a, sorted(b), c, d, e, f


print(run(main()))
