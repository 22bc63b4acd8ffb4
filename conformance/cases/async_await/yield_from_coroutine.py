import types


async def coro():
    return "from coro"


c0 = coro()


def plain_gen():
    yield from c0


g = plain_gen()
try:
    next(g)
except TypeError as e:
    print("TypeError", e)
c0.close()


@types.coroutine
def gen_coro():
    result = yield from coro()
    return result


c = gen_coro()
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)


async def awaits_gen_coro():
    return await gen_coro()


try:
    awaits_gen_coro().send(None)
except StopIteration as e:
    print("value", e.value)
