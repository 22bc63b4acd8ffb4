# `async with` looks __aenter__/__aexit__ up on the type, awaits what they
# return, and calls __aexit__ with the exception. Hostile managers: methods
# replaced on the instance, __aexit__ that resumes or closes the coroutine
# running it, an awaitable whose iterator mutates the manager, __aenter__
# raising, non-awaitable results. CPython's errors, no crash.
# expect-output: instance methods TypeError: 'InstanceOnly' object does not support the asynchronous context manager protocol
# expect-output: closes runner ValueError: coroutine already executing
# expect-output: sends runner ValueError: coroutine already executing
# expect-output: exit not awaitable TypeError: 'async with' received an object from __aexit__ that does not implement __await__: int
# expect-output: enter raises KeyError: 'enter'
# expect-output: mutates on await -> body ran
box = {}


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Base:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


class InstanceOnly:
    pass


inst = InstanceOnly()
inst.__aenter__ = Base.__aenter__
inst.__aexit__ = Base.__aexit__


class ClosesRunner(Base):
    async def __aexit__(self, *exc):
        box["c"].close()


class SendsRunner(Base):
    async def __aexit__(self, *exc):
        box["c"].send(None)


class ExitNotAwaitable(Base):
    def __aexit__(self, *exc):
        return 7


class EnterRaises(Base):
    async def __aenter__(self):
        raise KeyError("enter")


class MutatingIter:
    def __init__(self, mgr):
        self.mgr = mgr

    def __iter__(self):
        return self

    def __next__(self):
        type(self.mgr).__aexit__ = None
        raise StopIteration("entered")


class MutatesOnAwait(Base):
    def __aenter__(self):
        return self

    def __await__(self):
        return MutatingIter(self)


async def use(m):
    async with m as v:
        return "body ran"


for label, m in (("instance methods", inst), ("closes runner", ClosesRunner()),
                 ("sends runner", SendsRunner()), ("exit not awaitable", ExitNotAwaitable()),
                 ("enter raises", EnterRaises()), ("mutates on await", MutatesOnAwait())):
    c = use(m)
    box["c"] = c
    t(label, lambda: run(c))
