import asyncio
import functools


async def coro_fn(x):
    return x


def plain(x):
    return x


class C:
    async def method(self):
        return 1

    def sync_method(self):
        return 2


async def agen():
    yield 1


def gen():
    yield 1


c = C()
checks = [("async def", coro_fn), ("def", plain), ("bound async method", c.method),
          ("bound method", c.sync_method), ("class attribute", C.method),
          ("partial of async def", functools.partial(coro_fn, 1)),
          ("async generator function", agen), ("generator function", gen),
          ("lambda", lambda: 0), ("builtin", len), ("int", 5)]
for label, obj in checks:
    print(label, asyncio.iscoroutinefunction(obj))
co = coro_fn(1)
print(asyncio.iscoroutine(co), asyncio.iscoroutine(gen()), asyncio.iscoroutine(agen()))
co.close()
loop = asyncio.new_event_loop()
loop.set_debug(True)
try:
    loop.call_soon(coro_fn)
except TypeError as e:
    print("TypeError", e)
loop.close()
