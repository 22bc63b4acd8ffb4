# Leaving an `async for` early does not close the generator (CPython leaves
# that to its finalizer hooks); closing it explicitly runs its finally.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


log = []


async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        log.append("numbers closed")


async def main():
    gen = numbers()
    async for n in gen:
        if n == 2:
            break
    log.append(f"broke at {n}")
    await gen.aclose()
    rest = [x async for x in gen]
    return rest


print(run(main()))
print(log)
