# Capture the output of functions with redirect_stdout, compare it, and
# nest captures; print's file= bypasses the redirect.
import contextlib
import io
import sys


def noisy(n):
    for i in range(n):
        print(f"line {i}")
    return n * 2


def capture(fn, *args):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = fn(*args)
    return result, buf.getvalue().splitlines()


print(capture(noisy, 3))
outer = io.StringIO()
with contextlib.redirect_stdout(outer):
    print("outer 1")
    inner = io.StringIO()
    with contextlib.redirect_stdout(inner):
        print("inner only")
    print("outer 2")
    sys.stdout.write("direct write\n")
print(repr(outer.getvalue()), repr(inner.getvalue()))
side = io.StringIO()
with contextlib.redirect_stdout(io.StringIO()) as swallowed:
    print("to swallowed")
    print("to side", file=side)
print(repr(swallowed.getvalue()), repr(side.getvalue()))
with contextlib.redirect_stdout(None):
    pass
print("stdout restored:", sys.stdout is sys.__stdout__)
