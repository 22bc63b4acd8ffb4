import asyncio
import functools


def cpu_step(n):
    return sum(i * i for i in range(n))


async def pipeline(values):
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "timer fired")
    handles = []
    loop.call_soon(handles.append, "soon 1")
    loop.call_soon(functools.partial(handles.append, "soon 2"))
    results = [cpu_step(v) for v in values]
    print(await fut)
    print(handles)
    return results


async def main():
    print(await pipeline([10, 100, 1000]))
    loop = asyncio.get_running_loop()
    coro = pipeline([])
    print(loop.is_running(), asyncio.iscoroutinefunction(main), asyncio.iscoroutine(coro))
    coro.close()


asyncio.run(main())
