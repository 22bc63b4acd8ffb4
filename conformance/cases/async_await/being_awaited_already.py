import types


@types.coroutine
def pause():
    yield


async def inner():
    await pause()
    return "inner done"


async def first(c):
    return await c


async def second(c):
    return await c


c = inner()
a = first(c)
a.send(None)
try:
    second(c).send(None)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
