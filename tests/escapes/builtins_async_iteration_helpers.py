# aiter() and anext() are CPython 3.11 builtins of the async protocol:
# anext(it, default) hands out an anext_awaitable whose send()/throw()
# drive the iterator like a coroutine, and types.coroutine() turns a
# generator function into one whose generators are awaitable. moat has
# them, as CPython: the awaitable exposes no wrapped object, frame or code,
# its protocol methods refuse the wrong receiver, and types.coroutine marks
# only a plain generator function (never a built-in, a stand-in or a bound
# method) without handing out a code object.
# expect-output: aiter -> Numbers
# expect-output: anext with default -> anext_awaitable
# expect-output: anext_awaitable.wrapped AttributeError: 'anext_awaitable' object has no attribute 'wrapped'
# expect-output: anext_awaitable.default_value AttributeError: 'anext_awaitable' object has no attribute 'default_value'
# expect-output: anext_awaitable.__self__ AttributeError: '__self__' is not available in the sandbox
# expect-output: anext_awaitable.gi_frame AttributeError: 'anext_awaitable' object has no attribute 'gi_frame'
# expect-output: anext_awaitable.cr_frame AttributeError: 'anext_awaitable' object has no attribute 'cr_frame'
# expect-output: anext_awaitable.__dict__ AttributeError: 'anext_awaitable' object has no attribute '__dict__'
# expect-output: anext_awaitable.__code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: drive it -> 1
# expect-output: anext_awaitable.send on an int TypeError: descriptor 'send' for 'anext_awaitable' objects doesn't apply to a 'int' object
# expect-output: types.coroutine(len) -> False
# expect-output: types.coroutine(bound method) -> False
# expect-output: mark a builtin -> False
# expect-output: mark a class -> False
# expect-output: mark an int -> False
# expect-output: marked gi_code AttributeError: 'gi_code' is not available in the sandbox
# expect-output: marked __code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: StopAsyncIteration is a plain class -> True
# expect-output: types.CoroutineType() TypeError: cannot create 'coroutine' instances
# expect-output: isinstance CoroutineType -> False
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Numbers:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value


t("aiter", lambda: type(aiter(Numbers())).__name__)
aw = anext(Numbers(), "dflt")
t("anext with default", lambda: type(aw).__name__)
for name in ("wrapped", "default_value", "__self__", "gi_frame", "cr_frame", "__dict__",
             "__code__"):
    t("anext_awaitable." + name, lambda name=name: getattr(aw, name))
t("drive it", lambda: drive(aw))
t("anext_awaitable.send on an int", lambda: type(aw).send(5, None))
t("types.coroutine(len)", lambda: types.coroutine(len) is len)
t("types.coroutine(bound method)", lambda: types.coroutine(Numbers().__aiter__)
  is Numbers().__aiter__)
t("mark a builtin", lambda: types._iterable_coroutine(len, True))
t("mark a class", lambda: types._iterable_coroutine(Numbers, True))
t("mark an int", lambda: types._iterable_coroutine(5, True))


@types.coroutine
def gen():
    yield 1


t("marked gi_code", lambda: gen().gi_code)
t("marked __code__", lambda: gen.__code__)
t("StopAsyncIteration is a plain class", lambda: issubclass(StopAsyncIteration, Exception))
t("types.CoroutineType()", lambda: types.CoroutineType())
t("isinstance CoroutineType", lambda: isinstance(Numbers(), types.CoroutineType))
