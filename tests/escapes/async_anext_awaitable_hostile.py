# anext(it, default) wraps what __anext__ returned and asks it for its
# iterator again at every step (CPython's anextawaitable_getiter): a
# hostile __anext__ result can change its __await__ between steps, return
# a coroutine from it, hand back non-iterators, or raise
# StopAsyncIteration late. Each step must give CPython's answer.
# expect-output: step 1 AttributeError: 'list_iterator' object has no attribute 'send'
# expect-output: step 2 TypeError: __await__() returned non-iterator of type 'int'
# expect-output: step 3 StopAsyncIteration: 
# expect-output: coroutine result StopIteration: coro value
# expect-output: again RuntimeError: cannot reuse already awaited coroutine
# expect-output: int result TypeError: object int can't be used in 'await' expression
# expect-output: throw into it StopAsyncIteration: 
# expect-output: close it TypeError: object method-wrapper can't be used in 'await' expression
def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


class Shifty:
    calls = 0

    def __await__(self):
        Shifty.calls += 1
        if Shifty.calls == 1:
            return iter(["first"])
        if Shifty.calls == 2:
            return 5
        raise StopAsyncIteration


class It:
    def __init__(self, result):
        self.result = result

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.result


async def coro():
    return "coro value"


aw = anext(It(Shifty()), "dflt")
t("step 1", lambda: aw.send(None))
t("step 2", lambda: aw.send(None))
t("step 3", lambda: aw.send(None))
c = coro()
aw2 = anext(It(c), "dflt")
t("coroutine result", lambda: aw2.send(None))
t("again", lambda: aw2.send(None))
aw3 = anext(It(42), "dflt")
t("int result", lambda: aw3.send(None))
t("throw into it", lambda: anext(It(Shifty()), 0).throw(KeyError("k")))
t("close it", lambda: anext(It(iter([]).__iter__), 0).close())
