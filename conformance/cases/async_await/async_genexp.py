def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i


async def square(x):
    return x * x


def make(n):
    return (x * 10 async for x in agen(n))


async def main():
    ge = (await square(x) for x in range(4))
    print(type(ge).__name__)
    out = [v async for v in ge]
    g2 = make(3)
    print(type(g2).__name__)
    out2 = [v async for v in g2]
    return out, out2


print(run(main()))
