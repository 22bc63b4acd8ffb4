# str() and repr() of exceptions with zero, one and several args, and
# of the built-in ones with attributes of their own.
cases = [Exception(), Exception("one"), Exception("a", 2), ValueError(None), KeyError("k"),
         KeyError("k", "l"), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"),
         UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), StopIteration(5),
         SystemExit(3), AttributeError("gone", name="n", obj=1), NameError("x", name="x"),
         ImportError("no", name="mod"), SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))]
for e in cases:
    print(f"{type(e).__name__:20} str={str(e)!r:40} repr={e!r}")
print(OSError(2, "x").errno, OSError(2, "x").strerror, StopIteration(5).value, SystemExit(3).code)
print(KeyError("k").args, AttributeError("gone", name="n").name, ImportError("no", name="mod").name)
