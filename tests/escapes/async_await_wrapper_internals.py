# What `coro.__await__()` returns (coroutine_wrapper) and the awaitables of
# async generators (async_generator_asend / _athrow) hold the coroutine or
# generator they drive. CPython exposes no attribute for it; moat must not
# either, by any name or through the unbound methods of other types applied
# to them (a generator's send() on an async generator would run its frame
# outside the awaitables that unwrap its values).
# expect-output: wrapper.cw_coroutine AttributeError: 'coroutine_wrapper' object has no attribute 'cw_coroutine'
# expect-output: wrapper.ags_gen AttributeError: 'coroutine_wrapper' object has no attribute 'ags_gen'
# expect-output: wrapper.agt_gen AttributeError: 'coroutine_wrapper' object has no attribute 'agt_gen'
# expect-output: wrapper.gi_frame AttributeError: 'coroutine_wrapper' object has no attribute 'gi_frame'
# expect-output: wrapper.cr_frame AttributeError: 'coroutine_wrapper' object has no attribute 'cr_frame'
# expect-output: wrapper.__self__ AttributeError: '__self__' is not available in the sandbox
# expect-output: wrapper.__wrapped__ AttributeError: 'coroutine_wrapper' object has no attribute '__wrapped__'
# expect-output: wrapper.__dict__ AttributeError: 'coroutine_wrapper' object has no attribute '__dict__'
# expect-output: wrapper.ag_frame AttributeError: 'coroutine_wrapper' object has no attribute 'ag_frame'
# expect-output: asend.cw_coroutine AttributeError: 'async_generator_asend' object has no attribute 'cw_coroutine'
# expect-output: asend.ags_gen AttributeError: 'async_generator_asend' object has no attribute 'ags_gen'
# expect-output: asend.agt_gen AttributeError: 'async_generator_asend' object has no attribute 'agt_gen'
# expect-output: asend.gi_frame AttributeError: 'async_generator_asend' object has no attribute 'gi_frame'
# expect-output: asend.cr_frame AttributeError: 'async_generator_asend' object has no attribute 'cr_frame'
# expect-output: asend.__self__ AttributeError: '__self__' is not available in the sandbox
# expect-output: asend.__wrapped__ AttributeError: 'async_generator_asend' object has no attribute '__wrapped__'
# expect-output: asend.__dict__ AttributeError: 'async_generator_asend' object has no attribute '__dict__'
# expect-output: asend.ag_frame AttributeError: 'async_generator_asend' object has no attribute 'ag_frame'
# expect-output: athrow.cw_coroutine AttributeError: 'async_generator_athrow' object has no attribute 'cw_coroutine'
# expect-output: athrow.ags_gen AttributeError: 'async_generator_athrow' object has no attribute 'ags_gen'
# expect-output: athrow.agt_gen AttributeError: 'async_generator_athrow' object has no attribute 'agt_gen'
# expect-output: athrow.gi_frame AttributeError: 'async_generator_athrow' object has no attribute 'gi_frame'
# expect-output: athrow.cr_frame AttributeError: 'async_generator_athrow' object has no attribute 'cr_frame'
# expect-output: athrow.__self__ AttributeError: '__self__' is not available in the sandbox
# expect-output: athrow.__wrapped__ AttributeError: 'async_generator_athrow' object has no attribute '__wrapped__'
# expect-output: athrow.__dict__ AttributeError: 'async_generator_athrow' object has no attribute '__dict__'
# expect-output: athrow.ag_frame AttributeError: 'async_generator_athrow' object has no attribute 'ag_frame'
# expect-output: generator.send on an async generator TypeError: descriptor 'send' for 'generator' objects doesn't apply to a 'async_generator' object
# expect-output: generator.throw on an async generator TypeError: descriptor 'throw' for 'generator' objects doesn't apply to a 'async_generator' object
# expect-output: generator.close on a coroutine TypeError: descriptor 'close' for 'generator' objects doesn't apply to a 'coroutine' object
# expect-output: coroutine.send on an async generator TypeError: descriptor 'send' for 'coroutine' objects doesn't apply to a 'async_generator' object
# expect-output: coroutine.send on a generator TypeError: descriptor 'send' for 'coroutine' objects doesn't apply to a 'generator' object
# expect-output: next() on an async generator TypeError: 'async_generator' object is not an iterator
# expect-output: wrapper type on a coroutine TypeError: descriptor 'send' for 'coroutine_wrapper' objects doesn't apply to a 'coroutine' object
# expect-output: asend type on an async generator TypeError: descriptor 'send' for 'async_generator_asend' objects doesn't apply to a 'async_generator' object
# expect-output: coroutine_wrapper() TypeError: cannot create 'coroutine_wrapper' instances
# expect-output: async_generator_asend() TypeError: cannot create 'async_generator_asend' instances
# expect-output: await wrapper iter -> True
# expect-output: wrapper ran the coroutine -> 1
# expect-output: asend unwrapped -> secret
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


async def coro():
    return 1


async def agen():
    yield "secret"


c = coro()
w = c.__await__()
a = agen()
n = a.__anext__()
th = a.athrow(ValueError)
for label, obj in (("wrapper", w), ("asend", n), ("athrow", th)):
    for name in ("cw_coroutine", "ags_gen", "agt_gen", "gi_frame", "cr_frame", "__self__",
                 "__wrapped__", "__dict__", "ag_frame"):
        t(label + "." + name, lambda obj=obj, name=name: getattr(obj, name))
gen_send = types.GeneratorType.send
t("generator.send on an async generator", lambda: gen_send(a, None))
t("generator.throw on an async generator", lambda: types.GeneratorType.throw(a, ValueError))
t("generator.close on a coroutine", lambda: types.GeneratorType.close(c))
t("coroutine.send on an async generator", lambda: types.CoroutineType.send(a, None))
t("coroutine.send on a generator", lambda: types.CoroutineType.send((x for x in []), None))
t("next() on an async generator", lambda: next(a))
t("wrapper type on a coroutine", lambda: type(w).send(c, None))
t("asend type on an async generator", lambda: type(n).send(a, None))
t("coroutine_wrapper()", lambda: type(w)(c))
t("async_generator_asend()", lambda: type(n)(a))
t("await wrapper iter", lambda: iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper ran the coroutine ->", e.value)
try:
    n.send(None)
except StopIteration as e:
    print("asend unwrapped ->", e.value)
n.close()
th.close()
