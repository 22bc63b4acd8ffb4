import traceback, sys, re, io
def clean(s):
    return re.sub(r'File "[^"]*/', 'File "', s)
def show(printer, *args, **kwargs):
    # The printers write to a file; the case's paths differ per machine.
    buf = io.StringIO()
    printer(*args, file=buf, **kwargs)
    print(clean(buf.getvalue()), end='')
def inner(x):
    return {"a": 1}[x]
def outer(x):
    try:
        return inner(x)
    except KeyError as e:
        raise ValueError("wrapped") from e
try:
    outer("b")
except ValueError as exc:
    saved = exc
    print(clean(traceback.format_exc()))
    show(traceback.print_exc)
    print("---- limit=1")
    show(traceback.print_exc, limit=1)
    print("---- chain=False")
    show(traceback.print_exc, chain=False)
print("---- format_exception")
for chunk in traceback.format_exception(saved):
    print(repr(clean(chunk)))
print("---- format_exception_only")
print(traceback.format_exception_only(saved))
print(traceback.format_exception_only(type(saved), saved))
print(traceback.format_exception_only(SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n"))))
print("---- print_exception limit=-1")
show(traceback.print_exception, saved, limit=-1)
te = traceback.TracebackException.from_exception(saved)
print(type(te).__name__, te.exc_type.__name__, str(te))
print(len(te.stack), [f.name for f in te.stack])
print(te.__cause__.exc_type.__name__, te.__cause__.__cause__)
print(''.join(te.format_exception_only()), end='')
print([clean(l) for l in te.format(chain=False)])
tb = saved.__traceback__
print([f.name for f in traceback.extract_tb(tb)], [f.lineno for f in traceback.extract_tb(tb)])
print([f.line for f in traceback.extract_tb(tb)])
summ = traceback.extract_tb(tb)[0]
print(summ.name, summ.lineno, summ.line, len(summ), summ[2])
print(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None)]))
try:
    [][0]
except IndexError:
    print(clean(traceback.format_exc(limit=0)))
print(repr(traceback.format_exc()))
e2 = ValueError("no traceback")
print(traceback.format_exception(e2))
e2.add_note("a note")
print(traceback.format_exception(e2))
eg = ExceptionGroup("eg", [ValueError("a"), TypeError("b")])
print(''.join(traceback.format_exception(eg)))
