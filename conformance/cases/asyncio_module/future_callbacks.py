import asyncio
import functools


def cb(name, fut):
    print("callback", name, fut.result())


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, "a"))
    f.add_done_callback(functools.partial(cb, "b"))
    p = functools.partial(cb, "c")
    f.add_done_callback(p)
    f.add_done_callback(p)
    print(f.remove_done_callback(p))
    print(f.remove_done_callback(p))
    loop.call_soon(print, "call_soon before set")
    f.set_result(7)
    loop.call_soon(print, "call_soon after set")
    print("set done")
    await asyncio.sleep(0)
    print("after one pass")
    f.add_done_callback(functools.partial(cb, "late"))
    print("late added")
    await asyncio.sleep(0)


asyncio.run(main())
