# A coroutine or async generator whose frame was released (it returned,
# raised, was closed, or was closed while never started) is resumed again
# by every route a script keeps: the coroutine itself, an old
# __await__() wrapper, an old asend/athrow awaitable, an anext_awaitable,
# and a `yield from`/await of it from a new coroutine. Each must fail with
# CPython's error (or stop), never touch the freed frame.
# expect-output: send RuntimeError: cannot reuse already awaited coroutine
# expect-output: throw RuntimeError: cannot reuse already awaited coroutine
# expect-output: close -> None
# expect-output: old wrapper next RuntimeError: cannot reuse already awaited coroutine
# expect-output: old wrapper send RuntimeError: cannot reuse already awaited coroutine
# expect-output: new wrapper RuntimeError: cannot reuse already awaited coroutine
# expect-output: await released RuntimeError: cannot reuse already awaited coroutine
# expect-output: send closed-unstarted RuntimeError: cannot reuse already awaited coroutine
# expect-output: suspended flags -> (False, False)
# expect-output: exhausted
# expect-output: old asend RuntimeError: cannot reuse already awaited __anext__()/asend()
# expect-output: old asend throw RuntimeError: cannot reuse already awaited __anext__()/asend()
# expect-output: new asend StopAsyncIteration: 
# expect-output: athrow after end StopIteration: 
# expect-output: aclose after end StopIteration: 
# expect-output: anext default after end StopIteration: d
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


@types.coroutine
def pause():
    yield


async def body():
    await pause()
    return "body"


c = body()
w = c.__await__()
next(w)
try:
    next(w)
except StopIteration:
    pass
t("send", lambda: c.send(None))
t("throw", lambda: c.throw(KeyError))
t("close", lambda: c.close())
t("old wrapper next", lambda: next(w))
t("old wrapper send", lambda: w.send(1))
t("new wrapper", lambda: next(c.__await__()))


async def awaits(x):
    return await x


t("await released", lambda: awaits(c).send(None))
closed = body()
closed.close()
t("send closed-unstarted", lambda: closed.send(None))
t("suspended flags", lambda: (closed.cr_suspended, closed.cr_running))


async def agen():
    yield 1


g = agen()
old = g.__anext__()
try:
    old.send(None)
except StopIteration:
    pass
n2 = g.__anext__()
try:
    n2.send(None)
except StopAsyncIteration:
    print("exhausted")
t("old asend", lambda: old.send(None))
t("old asend throw", lambda: n2.throw(ValueError))
t("new asend", lambda: g.asend(None).send(None))
t("athrow after end", lambda: g.athrow(ValueError).send(None))
t("aclose after end", lambda: g.aclose().send(None))
t("anext default after end", lambda: anext(g, "d").send(None))
