import io, contextlib, traceback, sys
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured", 1, 2, sep="-")
    help_text = "x"
print(repr(buf.getvalue()))
s = io.StringIO("line1\nline2\n\nline4")
print(s.readline(), s.readlines(), s.read(), s.tell())
s.seek(0); print(list(s))
out = io.StringIO()
out.write("abc"); out.write("\n"); print(out.getvalue().upper(), end="")
b = io.BytesIO(b"bin\x00data")
print(b.read(3), b.getvalue(), b.read())
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError:
    text = traceback.format_exc()
print("\n".join(l for l in text.splitlines() if not l.strip().startswith("File")))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))
print(traceback.format_exception_only(ValueError("bad")), "".join(traceback.format_exception_only(KeyError, KeyError("k"))))
try:
    raise TypeError("boom") from KeyError("root")
except TypeError as e:
    lines = traceback.format_exception(e)
print(len(lines), lines[-1], [l for l in lines if "direct cause" in l])
