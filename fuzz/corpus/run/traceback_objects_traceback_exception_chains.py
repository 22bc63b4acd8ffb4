# TracebackException links causes, contexts and group members once each,
# with compact=True showing a context only where no cause is shown.
import traceback
def show(te, depth=0):
    pad = "  " * depth
    print(pad + te.exc_type.__name__, str(te))
    for label in ("__cause__", "__context__"):
        sub = getattr(te, label)
        if sub is not None:
            print(pad + label)
            show(sub, depth + 1)
    if te.exceptions:
        for s in te.exceptions:
            show(s, depth + 1)

try:
    try:
        try:
            raise KeyError("a")
        except KeyError as e:
            raise ValueError("b") from e
    except ValueError as v:
        raise TypeError("c")
except TypeError as t:
    for compact in (False, True):
        show(traceback.TracebackException.from_exception(t, compact=compact))
a = ValueError("x"); b = KeyError("y")
a.__context__ = b; b.__context__ = a
show(traceback.TracebackException.from_exception(a))
g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
g.__cause__ = RuntimeError("r")
show(traceback.TracebackException.from_exception(g))
try:
    raise OSError("o") from None
except OSError as e:
    e.__context__ = ZeroDivisionError("z")
    show(traceback.TracebackException.from_exception(e, compact=True))
    show(traceback.TracebackException.from_exception(e))
