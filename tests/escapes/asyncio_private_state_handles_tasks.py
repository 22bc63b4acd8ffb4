# asyncio's loop, handles, futures and tasks are Python objects of moat's
# stand-in: their private state (_ready, _scheduled, Handle._callback and
# _args, Future._callbacks, Task._coro, __step, __wakeup, _state) is
# reachable. A script fills the ready queue and timer heap with junk,
# re-enters run_until_complete from a callback, closes the loop inside a
# callback, mutates a future's callback list while it is dispatched, steps
# a task by hand (from outside and from inside its own coroutine, which is
# then running) and forges a task's state. None of it may reach a frame
# (cr_frame stays refused) or crash the coroutine machinery.
import asyncio, heapq
import re as _re


def t(label, fn):
    try:
        r = fn()
        print(label, 'ran:', _re.sub(r' at 0x[0-9a-f]+', '', repr(r))[:100])
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:100])
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
h = loop.call_soon(print, 'soon')
t('handle attrs', lambda: [n for n in dir(h) if not n.startswith('__')])
t('handle cb', lambda: h._callback)
t('handle args', lambda: h._args)
t('handle ctx', lambda: h._context)
t('handle source', lambda: h._source_traceback)
t('ready', lambda: list(loop._ready))
t('loop attrs', lambda: sorted(n for n in dir(loop) if n.startswith('_') and not n.startswith('__'))[:60])
# corrupt ready queue with non-handles
loop._ready.append(5)
loop._ready.append(None)
async def main():
    await asyncio.sleep(0)
    return 1
t('run with junk ready', lambda: loop.run_until_complete(main()))
loop._ready.clear()
# corrupt scheduled heap
th = loop.call_later(1, print, 'later')
loop._scheduled.append('x')
loop._scheduled.append(th)
t('run with junk heap', lambda: loop.run_until_complete(main()))
loop._scheduled.clear()
# handle whose callback re-enters the loop
def reenter():
    try:
        loop.run_until_complete(main())
    except RuntimeError as e:
        print('reenter', e)
loop.call_soon(reenter)
t('reentrant run', lambda: loop.run_until_complete(main()))
# callback that closes loop mid-run
loop.call_soon(loop.close)
t('close in callback', lambda: loop.run_until_complete(main()))
loop2 = asyncio.new_event_loop()
# future callbacks list mutated during dispatch
fut = loop2.create_future()
def cb(f):
    fut._callbacks.clear() if hasattr(fut, '_callbacks') else None
    for i in range(100): fut.add_done_callback(lambda f: None)
fut.add_done_callback(cb)
fut.add_done_callback(cb)
fut.set_result(1)
t('run after cb mutate', lambda: loop2.run_until_complete(asyncio.sleep(0)))
t('future attrs', lambda: sorted(n for n in dir(fut) if n.startswith('_') and not n.startswith('__')))
t('fut cbs', lambda: fut._callbacks)
async def coro():
    await asyncio.sleep(10)


async def self_step():
    await asyncio.sleep(0)
    me = asyncio.current_task()
    try:
        me._Task__step()
    except BaseException as e:
        print('self step', type(e).__name__, str(e)[:60])
    try:
        me.get_coro().send(None)
    except BaseException as e:
        print('self send', type(e).__name__, str(e)[:60])
    return 'done'
t('self step run', lambda: loop2.run_until_complete(self_step()))
task = loop2.create_task(coro())
loop2.run_until_complete(asyncio.sleep(0))
t('task coro', lambda: task._coro)
t('task coro frame', lambda: task._coro.cr_frame)
t('task fut_waiter', lambda: task._fut_waiter)
t('task step', lambda: task._Task__step)
t('task step2', lambda: task._Task__step())
t('task wakeup', lambda: task._Task__wakeup(5))
t('task set_result', lambda: task.set_result(5))
t('task _state', lambda: setattr(task, '_state', 'FINISHED'))
t('task result', lambda: task.result())
t('cancel', lambda: task.cancel())
t('run', lambda: loop2.run_until_complete(asyncio.sleep(0)))
t('all_tasks', lambda: asyncio.all_tasks(loop2))
t('tasks module', lambda: sorted(n for n in dir(asyncio.tasks) if n.startswith('_') and not n.startswith('__')))
t('events module', lambda: sorted(n for n in dir(asyncio.events) if n.startswith('_') and not n.startswith('__')))
t('base_events', lambda: sorted(n for n in dir(asyncio.base_events) if n.startswith('_') and not n.startswith('__')))
t('futures module', lambda: sorted(n for n in dir(asyncio.futures) if n.startswith('_') and not n.startswith('__')))
loop2.close()
# expect-output: handle attrs ran: ['_args', '_callback', '_cancelled', '_context', '_loop', '_report', '_repr', '_repr_info', '_run', 
# expect-output: handle cb ran: <built-in function print>
# expect-output: handle args ran: ('soon',)
# expect-output: handle ctx ran: None
# expect-output: handle source AttributeError 'Handle' object has no attribute '_source_traceback'
# expect-output: ready ran: [<Handle print('soon')>]
# expect-output: loop attrs ran: ['_call_soon', '_check_closed', '_check_running', '_clock_resolution', '_closed', '_current_handle',
# expect-output: soon
# expect-output: run with junk ready AttributeError 'int' object has no attribute '_cancelled'
# expect-output: run with junk heap ran: 1
# expect-output: reenter This event loop is already running
# expect-output: reentrant run ran: 1
# expect-output: close in callback ran: 1
# expect-output: run after cb mutate ran: None
# expect-output: future attrs ran: ['_Future__log_traceback', '_asyncio_future_blocking', '_callbacks', '_cancel_message', '_cancelled_
# expect-output: fut cbs ran: []
# expect-output: self step RuntimeError Cannot enter into task <Task pending name='Task-6' coro=<sel
# expect-output: self send ValueError coroutine already executing
# expect-output: self step run ran: 'done'
# expect-output: task coro ran: <coroutine object coro>
# expect-output: task coro frame AttributeError 'cr_frame' is not available in the sandbox
# expect-output: task fut_waiter ran: <Future pending cb=[Task.task_wakeup()]>
# expect-output: task step ran: <bound method Task.__step of <Task pending name='Task-7' coro=<coro() running> wait_for=<Future pend
# expect-output: task step2 ran: None
# expect-output: task wakeup InvalidStateError _step(): already done: <Task finished name='Task-7' coro=<coro() done> exception=RuntimeError("await
# expect-output: task set_result RuntimeError Task does not support set_result operation
# expect-output: task _state ran: None
# expect-output: task result RuntimeError await wasn't used with future
# expect-output: cancel ran: False
# expect-output: run ran: None
# expect-output: all_tasks ran: set()
# expect-output: tasks module ran: ['_CoroutineType', '_GatheringFuture', '_GeneratorType', '_NO_FLAG', '_RETURN_WHEN', '_Yield', '_can
# expect-output: events module ran: ['_abstract', '_callable_text', '_callback_name', '_event_loop_policy', '_functools', '_get_event_lo
# expect-output: base_events ran: ['_FATAL', '_HEAP_REBUILD_SHARE', '_HEAP_REBUILD_SIZE', '_LONGEST_WAIT', '_REFUSED_LOOP_METHODS', '_
# expect-output: futures module ran: ['_CANCELLED', '_FINISHED', '_PENDING', '_UnretrievedReport', '_callback_name', '_format_callbacks',
