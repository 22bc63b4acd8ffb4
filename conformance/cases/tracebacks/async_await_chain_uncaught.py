import types


@types.coroutine
def pause():
    yield


async def parse(text):
    await pause()
    return int(text)


async def total(items):
    result = 0
    for item in items:
        result += await parse(item)
    return result


c = total(["1", "2", "x"])
while True:
    c.send(None)
