def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


async def agen(n):
    for i in range(n):
        yield i * i


async def main():
    total = []
    async for v in agen(5):
        total.append(v)
    return total


print(run(main()))
a = agen(2)
print(type(a).__name__)
print(a.__aiter__() is a)
nxt = a.__anext__()
print(type(nxt).__name__)
try:
    nxt.send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("yielded", e.value)
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
try:
    a.__anext__().send(None)
except StopAsyncIteration as e:
    print("again StopAsyncIteration")
