# A task's repr for coroutine-like objects that are not coroutines (no
# code, so no file in the repr), and the "cancelling" state, which follows
# cancelling() rather than whether the coroutine has been told yet.
import asyncio


class Steps:
    # A hand-made coroutine: finishes on its third send().
    def __init__(self):
        self.sent = 0

    def send(self, value):
        self.sent += 1
        if self.sent == 3:
            raise StopIteration(self.sent)

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def close(self):
        pass

    def __await__(self):
        return self


class Selfish(Steps):
    # Returns the task running it: the task's repr shows itself as "...".
    def send(self, value):
        raise StopIteration(asyncio.current_task())


class Running(Steps):
    cr_running = True


class GenRunning(Steps):
    gi_running = 1


class Named(Steps):
    def __init__(self, name):
        super().__init__()
        self.__name__ = name


class QualNamed(Named):
    def __init__(self):
        super().__init__('plain')
        self.__qualname__ = 'Q.ualified'


def state(task):
    return repr(task).split()[1]


async def nap():
    await asyncio.sleep(1)


async def main():
    for coro in (Steps(), Selfish(), Running(), GenRunning(), Named('custom'), Named(''), QualNamed()):
        task = asyncio.ensure_future(coro)
        print(task)
        print(await task, task)

    # The sleep's future takes the cancellation: the task is "cancelling"
    # although its coroutine has not seen it yet.
    task = asyncio.create_task(nap())
    await asyncio.sleep(0)
    print(state(task), task.cancel(), state(task), task.cancelling())
    print(task.uncancel(), state(task))
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", state(task))

    # Cancelled before its first step, then withdrawn.
    task = asyncio.create_task(nap())
    task.cancel()
    print(state(task), task.uncancel(), state(task))
    try:
        await task
    except asyncio.CancelledError:
        print("still cancelled", state(task), task.cancelling())


asyncio.run(main())
