# An async generator's `yield v` hands its awaitable a private wrapper
# object (CPython's async_generator_wrapped_value), which the awaitable
# turns into StopIteration(v). Every way to resume the generator's frame
# without that unwrapping must be closed, or the wrapper would reach the
# script: unbound generator/coroutine methods, `yield from`/await of the
# async generator, delegating through a generator's throw/close, and
# closing it from a finalizer. The script must only ever see plain values.
# expect-output: yield from agen TypeError: 'async_generator' object is not iterable
# expect-output: await agen TypeError: object async_generator can't be used in 'await' expression
# expect-output: iter agen TypeError: 'async_generator' object is not iterable
# expect-output: asend value StopIteration: 1
# expect-output: anext value -> int 2
# expect-output: athrow value ValueError: 
# expect-output: types.AsyncGeneratorType.asend -> int 1
# expect-output: unbound anext on a coroutine TypeError: descriptor '__anext__' requires a 'async_generator' object but received a 'coroutine'
import types


def t(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, r if isinstance(r, (int, str)) else "")
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


async def agen():
    yield 1
    yield 2


a = agen()
t("yield from agen", lambda: next((lambda: (yield from a))()))


async def await_agen():
    return await a


t("await agen", lambda: await_agen().send(None))
t("iter agen", lambda: iter(a))
t("asend value", lambda: a.asend(None).send(None))


def catch_stop(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value


t("anext value", lambda: catch_stop(a.__anext__()))
t("athrow value", lambda: catch_stop(a.athrow(ValueError)))
t("types.AsyncGeneratorType.asend", lambda: catch_stop(types.AsyncGeneratorType.asend(agen(),
                                                                                     None)))
t("unbound anext on a coroutine", lambda: types.AsyncGeneratorType.__anext__(await_agen()))
