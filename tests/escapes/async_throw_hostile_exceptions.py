# throw() and athrow() build the exception they raise inside the coroutine
# from what the script passes: a class whose __init__ fails or whose __new__
# makes something else, an instance of one type with a value for another,
# a third argument that is no traceback, an exception whose __str__ or
# __init__ resumes the very coroutine it is being thrown into. Each must
# give CPython's answer or a clean error, with the coroutine left sane.
# expect-output: init fails -> caught KeyError
# expect-output: new lies -> caught TypeError
# expect-output: instance with value -> caught TypeError
# expect-output: bad traceback -> caught TypeError
# expect-output: not an exception -> caught TypeError
# expect-output: class not exception -> caught TypeError
# expect-output: re-enters while building -> caught ValueError
# expect-output: coroutine still usable RuntimeError: cannot reuse already awaited coroutine
# expect-output: GeneratorExit class -> caught GeneratorExit
# expect-output: SystemExit instance -> caught SystemExit
# expect-output: athrow init fails -> agen caught KeyError
# expect-output: athrow new lies -> agen caught TypeError
# expect-output: athrow no args TypeError: athrow expected at least 1 argument, got 0
# expect-output: athrow too many TypeError: athrow expected at most 3 arguments, got 4
# expect-output: athrow bad tb TypeError: throw() third argument must be a traceback object
import types


def t(label, fn):
    try:
        print(label, "->", fn())
    except BaseException as e:
        print(label, type(e).__name__ + ":", e)


@types.coroutine
def pause():
    return (yield "paused")


async def target():
    try:
        await pause()
    except BaseException as e:
        return "caught " + type(e).__name__


def started():
    c = target()
    c.send(None)
    return c


class InitFails(Exception):
    def __init__(self, *a):
        raise KeyError("from __init__")


class NewLies(Exception):
    def __new__(cls, *a):
        return 42


holder = {}


class Reenters(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        holder["c"].send(None)


def result(c, *args):
    try:
        return c.throw(*args)
    except StopIteration as e:
        return e.value


t("init fails", lambda: result(started(), InitFails))
t("new lies", lambda: result(started(), NewLies))
t("instance with value", lambda: result(started(), ValueError("a"), 5))
t("bad traceback", lambda: result(started(), ValueError, None, 5))
t("not an exception", lambda: result(started(), 5))
t("class not exception", lambda: result(started(), int))
c = started()
holder["c"] = c
t("re-enters while building", lambda: result(c, Reenters, ()))
t("coroutine still usable", lambda: result(c, KeyError))
t("GeneratorExit class", lambda: result(started(), GeneratorExit))
t("SystemExit instance", lambda: result(started(), SystemExit(3)))


async def agen():
    try:
        yield 1
    except BaseException as e:
        yield "agen caught " + type(e).__name__


def athrow(*args):
    g = agen()
    try:
        g.__anext__().send(None)
    except StopIteration:
        pass
    try:
        g.athrow(*args).send(None)
    except StopIteration as e:
        return e.value


t("athrow init fails", lambda: athrow(InitFails))
t("athrow new lies", lambda: athrow(NewLies))
t("athrow no args", lambda: athrow())
t("athrow too many", lambda: athrow(1, 2, 3, 4))
t("athrow bad tb", lambda: athrow(ValueError, ValueError(), "tb"))
