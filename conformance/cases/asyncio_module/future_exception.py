import asyncio


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    print(repr(f.exception()))
    try:
        await f
    except KeyError as e:
        print("KeyError", e)
    g = loop.create_future()
    g.set_exception(ValueError)
    print(repr(g.exception()), repr(g))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError", e)
    print(h.done())
    c = loop.create_future()
    print(c.cancel("why"), c.cancelled(), repr(c))
    try:
        await c
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)


asyncio.run(main())
