import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fired = []
    h1 = loop.call_later(0.05, fired.append, "h1")
    h2 = loop.call_later(0.05, fired.append, "h2")
    h3 = loop.call_at(loop.time() + 0.02, fired.append, "h3")
    print(type(h1).__name__, h1.cancelled(), h3.when() < h1.when())
    h1.cancel()
    h1.cancel()
    print(h1.cancelled(), h2.cancelled())
    s = loop.call_soon(fired.append, "soon")
    s.cancel()
    await asyncio.sleep(0.1)
    print(fired)
    print(repr(s))


asyncio.run(main())
