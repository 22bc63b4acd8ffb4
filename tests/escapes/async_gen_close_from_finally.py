# An async generator whose finally block (run by aclose(), athrow() or
# exhaustion) calls aclose()/asend()/athrow() on itself, awaits them, or
# yields again: CPython answers "already running" / "ignored
# GeneratorExit" / "cannot reuse", and the generator ends closed. moat must
# agree and never resume the frame while it is being torn down.
# expect-output: first -> ('done', 1)
# expect-output: aclose in finally RuntimeError: aclose(): asynchronous generator is already running
# expect-output: asend in finally RuntimeError: anext(): asynchronous generator is already running
# expect-output: await own aclose -> skipped
# expect-output: await aclose in finally RuntimeError: aclose(): asynchronous generator is already running
# expect-output: close -> ('done', None)
# expect-output: after StopAsyncIteration: 
# expect-output: close again -> ('done', None)
# expect-output: first -> ('done', 1)
# expect-output: close ignored RuntimeError: async generator ignored GeneratorExit
# expect-output: athrow after ignored close StopAsyncIteration: 
# expect-output: anext after ignored close GeneratorExit: 
# expect-output: anext past the end StopAsyncIteration: 
box = {}


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return ("done", e.value)


async def self_closing():
    try:
        yield 1
    finally:
        t("aclose in finally", lambda: drive(box["g"].aclose()))
        t("asend in finally", lambda: drive(box["g"].asend(None)))
        t("await own aclose", lambda: "skipped")
        try:
            await box["g"].aclose()
        except BaseException as e:
            print("await aclose in finally", type(e).__name__ + ":", e)


g = self_closing()
box["g"] = g
t("first", lambda: drive(g.__anext__()))
t("close", lambda: drive(g.aclose()))
t("after", lambda: drive(g.__anext__()))
t("close again", lambda: drive(g.aclose()))


async def yields_in_finally():
    try:
        yield 1
    finally:
        yield 2


h = yields_in_finally()
t("first", lambda: drive(h.__anext__()))
t("close ignored", lambda: drive(h.aclose()))
t("athrow after ignored close", lambda: drive(h.athrow(KeyError)))
t("anext after ignored close", lambda: drive(h.__anext__()))
t("anext past the end", lambda: drive(h.__anext__()))
