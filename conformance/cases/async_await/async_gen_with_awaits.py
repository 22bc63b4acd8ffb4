import types


@types.coroutine
def fetch(key):
    value = yield ("fetch", key)
    return value


async def pages(keys):
    for k in keys:
        data = await fetch(k)
        yield f"{k}={data}"


async def consume():
    out = []
    async for item in pages(["a", "b"]):
        out.append(item)
    return out


c = consume()
request = c.send(None)
try:
    while True:
        print("driver:", request)
        request = c.send(request[1].upper() * 2)
except StopIteration as e:
    print(e.value)
