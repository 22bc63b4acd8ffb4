def result(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value, e.args


async def none():
    pass


async def tup():
    return (1, 2)


async def exc():
    return ValueError("as value")


async def lst():
    return [1]


for f in (none, tup, exc, lst):
    print(f.__name__, result(f()))
