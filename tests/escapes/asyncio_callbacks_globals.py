# A pending future keeps its done callbacks, and the loop's ready queue
# keeps handles: under CPython, a callback that is a Python function or a
# bound method of asyncio's own code leads through __self__ / __func__ /
# __globals__ / __code__ to the module namespace and its frames. moat's
# asyncio is written in Python, so these are moat functions and bound
# methods: reachable as objects, but their receiver, globals, code and
# closure stay refused, and the module's namespace is not handed out.
import asyncio


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def waiter(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    cb = fut._callbacks[0][0]
    t("callback self is the task", lambda: cb.__self__ is task)
    t("callback __func__.__globals__", lambda: cb.__func__.__globals__)
    t("callback __func__.__code__", lambda: cb.__func__.__code__)
    t("callback __func__.__closure__", lambda: cb.__func__.__closure__)
    handle = loop.call_soon(print, "handle runs")
    t("handle callback", lambda: handle._callback)
    t("sleep __globals__", lambda: asyncio.sleep.__globals__)
    t("module sys.modules", lambda: asyncio.base_events._sys.modules)
    t("module __dict__ via vars", lambda: type(vars(asyncio)))
    fut.set_result(None)
    await task


asyncio.run(main())
# expect-output: callback self is the task AttributeError: '__self__' is not available in the sandbox
# expect-output: callback __func__.__globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: callback __func__.__code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: callback __func__.__closure__ AttributeError: '__closure__' is not available in the sandbox
# expect-output: handle callback -> <built-in function print>
# expect-output: sleep __globals__ AttributeError: '__globals__' is not available in the sandbox
# expect-output: module sys.modules AttributeError: 'sys.modules' is not available in the sandbox
# expect-output: module __dict__ via vars TypeError: vars() of a module is not available in the sandbox: use dir() for its names
# expect-output: handle runs
