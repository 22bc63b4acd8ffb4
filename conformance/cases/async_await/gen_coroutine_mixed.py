import types


@types.coroutine
def legacy(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


async def modern(n):
    first = await legacy(n)
    second = await legacy(1)
    return first, second


c = modern(3)
v = c.send(None)
try:
    while True:
        print("yielded", v)
        v = c.send(v * 10 + 1)
except StopIteration as e:
    print("result", e.value)

g = legacy(2)
print(type(g).__name__, next(g))
g.close()
