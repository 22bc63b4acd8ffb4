# Coroutines and async generators own a frame, as generators do: CPython
# hands it out as cr_frame / ag_frame (and the code as cr_code / ag_code),
# whose f_globals and f_back lead to every namespace. moat runs coroutines
# but refuses those attributes in every state (created, suspended, running,
# finished) exactly as it refuses gi_frame and gi_code.
# expect-output: cr_frame created AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: cr_code created AttributeError: 'cr_code' is not available in the sandbox
# expect-output: cr_frame while running AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: cr_code while running AttributeError: 'cr_code' is not available in the sandbox
# expect-output: cr_frame suspended AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: cr_await suspended AttributeError: 'cr_await' is not available in the sandbox
# expect-output: cr_frame finished AttributeError: 'cr_frame' is not available in the sandbox
# expect-output: cr_code finished AttributeError: 'cr_code' is not available in the sandbox
# expect-output: ag_frame created AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: ag_code created AttributeError: 'ag_code' is not available in the sandbox
# expect-output: ag_await created AttributeError: 'ag_await' is not available in the sandbox
# expect-output: ag_frame while running AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: ag_frame suspended AttributeError: 'ag_frame' is not available in the sandbox
# expect-output: gi_frame of a types.coroutine generator AttributeError: 'gi_frame' is not available in the sandbox
# expect-output: gi_code of a types.coroutine generator AttributeError: 'gi_code' is not available in the sandbox
# expect-output: cr_origin -> None
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


@types.coroutine
def pause():
    yield


async def coro():
    t("cr_frame while running", lambda: c.cr_frame)
    t("cr_code while running", lambda: c.cr_code)
    await pause()


async def agen():
    t("ag_frame while running", lambda: a.ag_frame)
    yield 1


c = coro()
t("cr_frame created", lambda: c.cr_frame)
t("cr_code created", lambda: c.cr_code)
c.send(None)
t("cr_frame suspended", lambda: c.cr_frame)
t("cr_await suspended", lambda: c.cr_await)
try:
    c.send(None)
except StopIteration:
    pass
t("cr_frame finished", lambda: c.cr_frame)
t("cr_code finished", lambda: c.cr_code)
a = agen()
t("ag_frame created", lambda: a.ag_frame)
t("ag_code created", lambda: a.ag_code)
t("ag_await created", lambda: a.ag_await)
try:
    a.__anext__().send(None)
except StopIteration:
    pass
t("ag_frame suspended", lambda: a.ag_frame)
g = pause()
t("gi_frame of a types.coroutine generator", lambda: g.gi_frame)
t("gi_code of a types.coroutine generator", lambda: g.gi_code)
t("cr_origin", lambda: c.cr_origin)
