# A future whose repr would contain itself (as its result, inside its
# exception, in a done callback's arguments, through a task) shows "..."
# at the inner level, as CPython's C Future does.
import asyncio
import functools


class Selfish:
    # A hand-made coroutine returning the task that runs it.
    def send(self, value):
        raise StopIteration(asyncio.current_task())

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        pass

    def __await__(self):
        return self


class Sink:
    # A callable shown by its repr in callback lists.
    def __call__(self, *args, **kwargs):
        pass

    def __repr__(self):
        return 'sink'


class Custom(asyncio.Future):
    # Not consulted by repr(): CPython's C Future has no _repr_info.
    def _repr_info(self):
        return ['custom']


async def main():
    loop = asyncio.get_running_loop()

    own = loop.create_future()
    own.set_result(own)
    print(own)

    boxed = loop.create_future()
    boxed.set_result([boxed, {'me': boxed}, (boxed,)])
    print(boxed)

    # Two futures holding each other.
    a, b = loop.create_future(), loop.create_future()
    a.set_result(b)
    b.add_done_callback(functools.partial(print, a))
    print(a)
    print(b)

    # A future in its own callbacks' arguments, then in its exception.
    c = loop.create_future()
    c.add_done_callback(functools.partial(print, c))
    c.add_done_callback(functools.partial(Sink(), c, key=c))
    print(c)
    c.set_exception(ValueError(c))
    print(c)
    c.exception()
    await asyncio.sleep(0)

    # A task whose result holds a future holding the task.
    task = loop.create_task(Selfish(), name='selfish')
    await asyncio.sleep(0)
    holder = loop.create_future()
    holder.set_result(task)
    print(task)
    print(holder)

    # The repr after the guard has let go is whole again.
    print(repr(own) == repr(own), repr(own))

    print(Custom(loop=loop))
    done = Custom(loop=loop)
    done.set_result(3)
    print(done)


asyncio.run(main())
