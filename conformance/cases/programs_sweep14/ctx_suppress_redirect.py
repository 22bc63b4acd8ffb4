# contextlib.suppress, redirect_stdout into StringIO, nullcontext, closing.
import contextlib
import io


def parse_all(items):
    out = []
    for item in items:
        with contextlib.suppress(ValueError, TypeError):
            out.append(int(item))
    return out


print(parse_all(["1", "x", None, "4", 5.7, "0x1"]))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured line 1")
    print("captured", 2, sep="-")
print("outside:", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    import sys
    print("to stderr", file=sys.stderr)
print("stderr had:", repr(err.getvalue()))


def maybe_lock(lock=None):
    return lock if lock is not None else contextlib.nullcontext("no lock")


with maybe_lock() as value:
    print("nullcontext gives", value)


class Conn:
    def __init__(self):
        self.open = True

    def close(self):
        self.open = False
        print("  conn closed")


with contextlib.closing(Conn()) as c:
    print("inside, open =", c.open)
print("after, open =", c.open)
with contextlib.suppress():
    print("suppress() with nothing")
try:
    with contextlib.suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError:", e)
s = contextlib.suppress(ZeroDivisionError)
for d in (1, 0, 2):
    with s:
        print(10 / d)
