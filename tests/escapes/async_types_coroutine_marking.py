# types.coroutine marks a generator function so that its generators can be
# awaited: CPython does it by replacing func.__code__ with a flagged copy.
# moat marks the function object instead and hands out no code. The mark
# must not reach what is not a plain generator function (built-ins,
# stand-ins, classes, bound methods, coroutine functions), must not be
# undone or faked through attributes, and a marked generator still refuses
# its frame and code.
# expect-output: unmarked await TypeError: object generator can't be used in 'await' expression
# expect-output: same function -> True
# expect-output: marked await -> g
# expect-output: gi_frame AttributeError: 'gi_frame' is not available in the sandbox
# expect-output: __code__ AttributeError: '__code__' is not available in the sandbox
# expect-output: mark builtin -> False
# expect-output: mark partial -> False
# expect-output: mark method -> False
# expect-output: mark plain -> False
# expect-output: plain await TypeError: object int can't be used in 'await' expression
# expect-output: check gen -> True
# expect-output: check other -> False
# expect-output: setattr mark -> None
# expect-output: still marked -> g
import functools
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


def gen():
    yield "g"


async def awaits(x):
    return await x


def plain():
    return 1


t("unmarked await", lambda: awaits(gen()).send(None))
marked = types.coroutine(gen)
t("same function", lambda: marked is gen)
t("marked await", lambda: awaits(gen()).send(None))
t("gi_frame", lambda: gen().gi_frame)
t("__code__", lambda: gen.__code__)
t("mark builtin", lambda: types._iterable_coroutine(print, True))
t("mark partial", lambda: types._iterable_coroutine(functools.partial(gen), True))
t("mark method", lambda: types._iterable_coroutine(t.__call__, True))
t("mark plain", lambda: types._iterable_coroutine(plain, True))
t("plain await", lambda: awaits(types.coroutine(plain)()).send(None))
t("check gen", lambda: types._iterable_coroutine(gen()))
t("check other", lambda: types._iterable_coroutine(5))
t("setattr mark", lambda: setattr(gen, "iterable_coroutine", False))
t("still marked", lambda: awaits(gen()).send(None))
