def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def deep(n):
    if n == 0:
        raise LookupError("bottom of the chain")
    return await deep(n - 1)


print("start")
run(deep(3))
