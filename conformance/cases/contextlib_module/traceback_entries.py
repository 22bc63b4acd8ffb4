# The traceback an exception carries after @contextmanager or ExitStack
# passes it on: __exit__ gives it back the traceback it came with, so
# neither __exit__ nor the generator shows; other exceptions keep theirs.
# (contextlib's own frames are left out: moat does not show the frames of
# its modules written in Python.)
import traceback
from contextlib import contextmanager, ExitStack, suppress


def entries(exc):
    return [(f.name, f.lineno, f.line) for f in traceback.extract_tb(exc.__traceback__)
            if not f.filename.endswith("contextlib.py")]


@contextmanager
def passthrough():
    yield


@contextmanager
def replacing():
    try:
        yield
    except KeyError:
        raise ValueError("replaced")


@contextmanager
def reraising():
    try:
        yield
    except Exception:
        raise


def body(cm, exc):
    with cm:
        raise exc


for cm, exc in [(passthrough(), KeyError("a")), (replacing(), KeyError("b")),
                (reraising(), TypeError("c")), (passthrough(), StopIteration("d")),
                (passthrough(), RuntimeError("e")), (reraising(), RuntimeError("f"))]:
    try:
        body(cm, exc)
    except BaseException as e:
        print(type(e).__name__, e, e is exc, entries(e))
        if e.__context__ is not None:
            print("  context", type(e.__context__).__name__, entries(e.__context__))


def stacked():
    with ExitStack() as stack:
        stack.callback(print, "callback ran")
        stack.enter_context(passthrough())
        stack.push(lambda *exc: False)
        raise OSError("in stack")


try:
    stacked()
except OSError as e:
    print("OSError", entries(e))


def failing_callback():
    raise LookupError("from callback")


def stacked_replacing():
    with ExitStack() as stack:
        stack.callback(failing_callback)
        raise OSError("first")


try:
    stacked_replacing()
except LookupError as e:
    print("LookupError", entries(e))
    print("  context", type(e.__context__).__name__, entries(e.__context__))

with suppress(ZeroDivisionError):
    1 / 0
tb_before = None
try:
    try:
        raise KeyError("kept")
    except KeyError as e:
        tb_before = e.__traceback__
        with passthrough():
            raise
except KeyError as e:
    print("same traceback object:", e.__traceback__ is tb_before, entries(e))
