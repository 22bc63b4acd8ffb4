import types


@types.coroutine
def sleep(n):
    got = yield ("sleep", n)
    return got


async def task():
    a = await sleep(1)
    b = await sleep(2)
    return a, b


c = task()
print(c.send(None))
print(c.send("one"))
try:
    c.send("two")
except StopIteration as e:
    print("result", e.value)

print(types.coroutine(sleep) is sleep)


async def native():
    return 1


print(types.coroutine(native) is native)
g = sleep(3)
print(type(g).__name__)
print(next(g))


def not_gen():
    return 7


wrapped = types.coroutine(not_gen)
print(wrapped is not_gen, wrapped.__name__, wrapped())
try:
    types.coroutine(5)
except TypeError as e:
    print("TypeError", e)
