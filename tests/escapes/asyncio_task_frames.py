# CPython's Task.get_stack() returns the suspended coroutine's frames and
# print_stack() prints them with their source; Task.get_coro() hands out
# the coroutine, whose cr_frame leads to f_globals and f_back. moat's
# asyncio refuses get_stack/print_stack, and the coroutine it hands out
# refuses cr_frame and cr_code as every coroutine does.
import asyncio


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def victim():
    await asyncio.sleep(1)


async def main():
    task = asyncio.create_task(victim())
    await asyncio.sleep(0)
    coro = task.get_coro()
    t("get_stack", lambda: task.get_stack())
    t("get_stack limit", lambda: task.get_stack(limit=1))
    t("print_stack", lambda: task.print_stack())
    t("cr_frame", lambda: coro.cr_frame)
    t("cr_code", lambda: coro.cr_code)
    t("get_context", lambda: task.get_context())
    task.cancel()


asyncio.run(main())
# expect-output: get_stack AttributeError: 'Task.get_stack' is not available in the sandbox
# expect-output: get_stack limit AttributeError: 'Task.get_stack' is not available in the sandbox
# expect-output: print_stack AttributeError: 'Task.print_stack' is not available in the sandbox
# expect-output: cr_frame AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: cr_code AttributeError: 'cr_code' is not available in the sandbox
# expect-output: get_context AttributeError: 'Task' object has no attribute 'get_context'
