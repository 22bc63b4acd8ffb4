def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def down(n):
    if n == 0:
        return 0
    return 1 + await down(n - 1)


print(run(down(150)))


async def total(items):
    s = 0
    for x in items:
        s += await down(x)
    return s


print(run(total([1, 10, 50])))
