def show(e):
    parts = [f"{type(e).__name__}({', '.join(map(repr, e.args))})"]
    if e.__cause__ is not None:
        parts.append(f"cause={type(e.__cause__).__name__}")
    if e.__context__ is not None:
        parts.append(f"context={type(e.__context__).__name__}")
    parts.append(f"suppress={e.__suppress_context__}")
    return " ".join(parts)


def explicit():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("k") from e


def implicit():
    try:
        [][0]
    except IndexError:
        raise TypeError("t", 2)


def suppressed():
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError() from None


def reraise():
    try:
        1 / 0
    except ZeroDivisionError as e:
        e.args = ("rewritten",)
        raise


for fn in (explicit, implicit, suppressed, reraise):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, show(e), repr(str(e)))
e = OSError(13, "Permission denied", "/etc/x")
print(e.errno, e.strerror, e.filename, str(e), e.args, repr(OSError("plain")))
k = KeyError("missing")
print(str(k), repr(k), str(KeyError()), str(KeyError(1, 2)), str(IndexError("i")), str(StopIteration(3)))
u = UnicodeDecodeError("utf-8", b"\xffabc", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
s = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))
print(s.msg, s.lineno, s.offset, s.text, str(s))
