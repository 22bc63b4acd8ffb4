# AbstractEventLoop and AbstractEventLoopPolicy leave their methods to
# subclasses: each raises NotImplementedError. The default policy's
# argument checks.
import asyncio


class MyLoop(asyncio.AbstractEventLoop):
    def time(self):
        return 42.0


def attempt(label, call):
    try:
        result = call()
    except Exception as exc:
        print(label, type(exc).__name__, exc.args)
    else:
        print(label, 'returned', result)


loop = MyLoop()
attempt('time', loop.time)
attempt('run_forever', loop.run_forever)
attempt('run_until_complete', lambda: loop.run_until_complete(None))
attempt('stop', loop.stop)
attempt('is_running', loop.is_running)
attempt('is_closed', loop.is_closed)
attempt('close', loop.close)
attempt('call_soon', lambda: loop.call_soon(print, 1))
attempt('call_soon kw', lambda: loop.call_soon(print, context=None))
attempt('call_soon_threadsafe', lambda: loop.call_soon_threadsafe(print))
attempt('call_later', lambda: loop.call_later(1, print))
attempt('call_at', lambda: loop.call_at(1, print))
attempt('_timer_handle_cancelled', lambda: loop._timer_handle_cancelled(None))
attempt('create_future', loop.create_future)
attempt('create_task', lambda: loop.create_task(None, name='n'))
attempt('get_task_factory', loop.get_task_factory)
attempt('set_task_factory', lambda: loop.set_task_factory(None))
attempt('get_exception_handler', loop.get_exception_handler)
attempt('set_exception_handler', lambda: loop.set_exception_handler(None))
attempt('default_exception_handler', lambda: loop.default_exception_handler({}))
attempt('call_exception_handler', lambda: loop.call_exception_handler({}))
attempt('get_debug', loop.get_debug)
attempt('set_debug', lambda: loop.set_debug(True))
attempt('too many args', lambda: loop.stop(1))
attempt('missing arg', lambda: loop.call_later(1))

for name in ('shutdown_asyncgens', 'shutdown_default_executor'):
    coro = getattr(loop, name)()
    print(name, type(coro).__name__)
    attempt('  awaited', lambda: coro.send(None))

# A future needs a loop answering get_debug().
attempt('Future', lambda: asyncio.Future(loop=loop))

policy = asyncio.AbstractEventLoopPolicy()
attempt('policy.get_event_loop', policy.get_event_loop)
attempt('policy.set_event_loop', lambda: policy.set_event_loop(None))
attempt('policy.new_event_loop', policy.new_event_loop)

default = asyncio.DefaultEventLoopPolicy()
attempt('set_event_loop bad', lambda: default.set_event_loop(loop.time))
attempt('get after bad set', default.get_event_loop)
default.set_event_loop(loop)
attempt('get after good set', lambda: default.get_event_loop() is loop)
attempt('set_event_loop_policy bad', lambda: asyncio.set_event_loop_policy(default.get_event_loop))
attempt('isinstance', lambda: isinstance(default, asyncio.AbstractEventLoopPolicy))
