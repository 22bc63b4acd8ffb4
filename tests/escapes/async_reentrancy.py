# Re-entrancy: a coroutine or async generator that resumes itself (send,
# throw, close, asend, athrow, aclose from inside its own body, or through
# an awaitable it is awaiting) while it runs. CPython refuses each with
# "already executing" or "asynchronous generator is already running";
# moat must too, never running one frame twice at once.
# expect-output: send self ValueError: coroutine already executing
# expect-output: throw self ValueError: coroutine already executing
# expect-output: close self ValueError: coroutine already executing
# expect-output: await self ValueError: coroutine already executing
# expect-output: run coro -> ('done', 'coro ok')
# expect-output: send outer from awaitable ValueError: coroutine already executing
# expect-output: outer step -> sneaky
# expect-output: outer end -> ('done', 'outer ok')
# expect-output: asend self RuntimeError: anext(): asynchronous generator is already running
# expect-output: athrow self RuntimeError: athrow(): asynchronous generator is already running
# expect-output: aclose self RuntimeError: aclose(): asynchronous generator is already running
# expect-output: anext self RuntimeError: anext(): asynchronous generator is already running
# expect-output: agen step -> ('done', 'agen ok')
# expect-output: agen running -> False
# expect-output: agen close -> ('done', None)
import types

box = {}


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


def drive(aw, value=None):
    try:
        return aw.send(value)
    except StopIteration as e:
        return ("done", e.value)


async def coro():
    t("send self", lambda: box["c"].send(None))
    t("throw self", lambda: box["c"].throw(ValueError))
    t("close self", lambda: box["c"].close())
    t("await self", lambda: drive(box["w"]()))
    return "coro ok"


async def await_self():
    return await box["c"]


c = coro()
box["c"] = c
box["w"] = await_self
t("run coro", lambda: drive(c))


class Sneaky:
    def __await__(self):
        t("send outer from awaitable", lambda: box["o"].send(None))
        yield "sneaky"


async def outer():
    await Sneaky()
    return "outer ok"


o = outer()
box["o"] = o
t("outer step", lambda: drive(o))
t("outer end", lambda: drive(o))


async def agen():
    g = box["g"]
    t("asend self", lambda: drive(g.asend(None)))
    t("athrow self", lambda: drive(g.athrow(ValueError)))
    t("aclose self", lambda: drive(g.aclose()))
    t("anext self", lambda: drive(g.__anext__()))
    yield "agen ok"


g = agen()
box["g"] = g
t("agen step", lambda: drive(g.__anext__()))
t("agen running", lambda: g.ag_running)
t("agen close", lambda: drive(g.aclose()))
