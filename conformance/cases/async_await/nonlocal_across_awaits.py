import types


@types.coroutine
def checkpoint(tag):
    yield tag


def make_counter():
    count = 0

    async def bump(times):
        nonlocal count
        for _ in range(times):
            count += 1
            await checkpoint(count)
        return count

    def read():
        return count

    return bump, read


bump, read = make_counter()
a = bump(2)
b = bump(3)
order = []
for c in [a, b, a, b, a, b, b]:
    try:
        order.append(c.send(None))
    except StopIteration as e:
        order.append(("done", e.value))
print(order)
print(read())
