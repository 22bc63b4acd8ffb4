# The loop's exception handler receives a context dict describing a failed
# callback, task or future: in CPython it may carry 'source_traceback'
# (frame summaries), 'handle', 'task', 'future' and the exception with its
# __traceback__ (whose tb_frame reaches every frame's globals). The handler
# walks every value it is given, and the exception's traceback, for
# anything frame-like; it also raises, re-enters the loop and replaces
# itself while being called. moat must hand over only frameless objects.
import asyncio


def walk(value, seen, found, depth=0):
    if depth > 4 or id(value) in seen:
        return
    seen.add(id(value))
    for name in ('tb_frame', 'f_globals', 'cr_frame', 'gi_frame', 'f_back', '__globals__'):
        try:
            getattr(value, name)
            found.add(name)
        except AttributeError:
            pass
    for name in ('__traceback__', 'tb_next', '__context__', '__cause__', '_source_traceback',
                 '_callback', '_coro', '_exception'):
        try:
            walk(getattr(value, name), seen, found, depth + 1)
        except AttributeError:
            pass


reports = []


def handler(loop, context):
    found = set()
    for value in context.values():
        walk(value, set(), found)
    reports.append((sorted(context), sorted(found)))
    if len(reports) == 2:
        loop.set_exception_handler(lambda loop, ctx: reports.append(('replaced', sorted(ctx))))
        raise RuntimeError('handler fails')


def failing_callback():
    raise ValueError('callback')


async def failing_task():
    raise KeyError('task')


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(failing_callback)
    task = loop.create_task(failing_task())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del task
    fut = loop.create_future()
    fut.set_exception(TypeError('future'))
    del fut
    loop.call_soon(failing_callback)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'direct', 'exception': OSError('x'), 'extra': main})
    await asyncio.sleep(0)


asyncio.run(main())
for report in reports:
    print(report)
# expect-output: (['exception', 'handle', 'message'], [])
# expect-output: (['exception', 'future', 'message'], [])
# expect-output: ('replaced', ['exception', 'future', 'message'])
# expect-output: ('replaced', ['exception', 'handle', 'message'])
# expect-output: ('replaced', ['exception', 'extra', 'message'])
