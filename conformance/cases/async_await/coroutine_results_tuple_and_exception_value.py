import types


@types.coroutine
def give(v):
    return (yield v)


async def passthrough():
    a = await give((1, 2))
    b = await give(StopIteration(5))
    c = await give(None)
    return a, b, c


c = passthrough()
print(c.send(None))
print(repr(c.send((3, 4))))
print(c.send(ValueError("sent exception as value")))
try:
    c.send("last")
except StopIteration as e:
    print(e.value[0], repr(e.value[1]), e.value[2])
