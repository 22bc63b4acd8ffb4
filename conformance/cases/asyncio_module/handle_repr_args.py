# How handles, timers and futures show their callbacks: partials (with
# keywords, nested, with and without call arguments), callables without a
# name, long arguments; the repr a handle keeps when cancelled in debug
# mode; the message of a callback's error.
import asyncio
import functools


class Callable:
    def __call__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return 'Callable()'


async def main():
    loop = asyncio.get_running_loop()
    callbacks = [
        (functools.partial(print, 1), ()),
        (functools.partial(print, 1), (2,)),
        (functools.partial(print, sep='-'), ('a', 'b')),
        (functools.partial(functools.partial(print, 1), 2, end='!'), (3,)),
        (Callable(), (1, 'x')),
        (functools.partial(Callable(), k=[1, 2]), ()),
        (print, (list(range(30)), 'y' * 50)),
        (len, ()),
    ]
    for callback, args in callbacks:
        print(asyncio.Handle(callback, args, loop))
    print(asyncio.TimerHandle(12.5, functools.partial(print, 'x'), ('y',), loop))

    fut = loop.create_future()
    fut.add_done_callback(functools.partial(print, 'done', end='!\n'))
    print(fut)
    fut.add_done_callback(Callable())
    fut.add_done_callback(functools.partial(Callable(), 1))
    print(fut)
    fut.cancel()

    # Cancelled outside debug mode, a handle forgets its callback; in
    # debug mode its repr keeps it.
    plain = loop.call_soon(print, 'never')
    timer = loop.call_at(1e9, functools.partial(print, 'late'), 'x')
    quiet = loop.call_at(2e9, print)
    quiet.cancel()
    print(quiet)
    loop.set_debug(True)
    plain.cancel()
    timer.cancel()
    loop.set_debug(False)
    print(plain, plain.cancelled())
    print(timer, timer.cancelled())
    timer.cancel()
    print(timer)

    # A callback's error goes to the exception handler.
    def handler(loop, context):
        print(sorted(context), context['message'], repr(context['exception']))

    loop.set_exception_handler(handler)
    loop.call_soon(int, 'x')
    loop.call_soon(functools.partial(int, base=2), '3')
    await asyncio.sleep(0)
    asyncio.Handle(functools.partial(divmod, 1), (0,), loop)._run()
    loop.set_exception_handler(None)


asyncio.run(main())
