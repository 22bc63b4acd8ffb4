import asyncio
import re


def cut(text):
    # CPython shows where a coroutine or a callback was defined; moat cannot.
    text = re.sub(r"(coro=<\w+\(\)) [^>]*>", r"\1>", text)
    return re.sub(r" at [^\]>]*", "", text)


async def waiter(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    print(cut(repr(task)))
    print(cut(repr(fut)))

    def named(f):
        pass

    fut.add_done_callback(named)
    print(cut(repr(fut)))
    fut.add_done_callback(named)
    print(cut(repr(fut)))
    handle = loop.call_soon(named, 1)
    print(cut(repr(handle)))
    handle.cancel()
    print(cut(repr(handle)))
    fut.set_result("x")
    await task
    print(cut(repr(task)))


asyncio.run(main())
