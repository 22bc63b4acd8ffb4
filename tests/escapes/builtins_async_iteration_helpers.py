# aiter() and anext() are CPython 3.11 builtins of the async protocol:
# anext(it, default) hands out an anext_awaitable whose send()/throw()
# drive the iterator like a coroutine, and types.coroutine() turns a
# generator function into one whose generators are awaitable (with
# gi_frame). moat has no async protocol (async def is refused by the
# verifier), so these names must be refused as the other missing builtins
# are, saying the sandbox does not provide them, by every spelling: the
# bare name, a builtins lookup through a class body or a default argument,
# and the awaitable protocol methods a script defines itself.
# expect-output: aiter NameError: name 'aiter' is not available in the sandbox
# expect-output: anext NameError: name 'anext' is not available in the sandbox
# expect-output: anext with default NameError: name 'anext' is not available in the sandbox
# expect-output: anext in a class body -> name 'anext' is not available in the sandbox
# expect-output: aiter in a function -> name 'aiter' is not available in the sandbox
# expect-output: protocol methods by hand -> [1, 0]
# expect-output: StopAsyncIteration is a plain class -> True
# expect-output: types.coroutine AttributeError: module 'types' has no attribute 'coroutine'
# expect-output: types.CoroutineType() TypeError: cannot create 'coroutine' instances
# expect-output: isinstance CoroutineType -> False
import types


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Numbers:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n


attempt("aiter", lambda: aiter(Numbers()))
attempt("anext", lambda: anext(Numbers()))
attempt("anext with default", lambda: anext(Numbers(), None))


class Body:
    try:
        found = anext
    except NameError as e:
        found = str(e)


attempt("anext in a class body", lambda: Body.found)


def default_arg(f=None):
    try:
        return aiter
    except NameError as e:
        return str(e)


attempt("aiter in a function", default_arg)
attempt("protocol methods by hand", lambda: [Numbers().__anext__(), Numbers().__aiter__().n])
attempt("StopAsyncIteration is a plain class", lambda: issubclass(StopAsyncIteration, Exception))
attempt("types.coroutine", lambda: types.coroutine)
attempt("types.CoroutineType()", lambda: types.CoroutineType())
attempt("isinstance CoroutineType", lambda: isinstance(Numbers(), types.CoroutineType))
