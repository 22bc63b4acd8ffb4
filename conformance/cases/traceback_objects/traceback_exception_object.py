import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


try:
    f()
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    show(te.exc_type.__name__, str(te))
    show([fs.name for fs in te.stack])
    show(type(te.__cause__).__name__, te.__cause__.exc_type.__name__)
    show([fs.name for fs in te.__cause__.stack])
    show(te.__context__ is not None, te.__suppress_context__)
    show("".join(te.format()), end="")
    show(list(te.format_exception_only()))
    show("".join(te.format(chain=False)), end="")
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    show([fs.name for fs in te2.stack])
    show(te == traceback.TracebackException.from_exception(e))
    show(te.exceptions)
