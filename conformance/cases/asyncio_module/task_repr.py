import asyncio
import re


def cut(text):
    # CPython shows where the coroutine runs or was defined; moat cannot.
    return re.sub(r"(coro=<\w+\(\)) [^>]*>", r"\1>", text)


async def job(x):
    await asyncio.sleep(0.01)
    if x == "fail":
        raise ValueError(x)
    return x


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.set_result([1, 2, 3])
    print(repr(f))
    g = loop.create_future()
    g.set_exception(KeyError("k"))
    print(repr(g))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(repr(h), str(h))
    t = asyncio.create_task(job("ok"), name="worker")
    print(cut(repr(t)))
    await t
    print(cut(repr(t)))
    u = asyncio.create_task(job("fail"))
    await asyncio.sleep(0.02)
    print(cut(repr(u)))
    u.exception()
    v = asyncio.create_task(job("x"))
    v.cancel()
    print(cut(repr(v)))
    await asyncio.sleep(0)
    print(cut(repr(v)))


asyncio.run(main())
