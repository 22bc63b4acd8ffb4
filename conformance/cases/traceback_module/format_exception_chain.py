# Chained exceptions, chain=False, limit, notes and multi-line messages.
import traceback

def clean(chunks):
    out = []
    for chunk in chunks:
        if chunk.startswith('  File "'):
            path, rest = chunk[8:].split('"', 1)
            chunk = '  File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(chunk)
    return out

def fail(n):
    if n == 0:
        raise RuntimeError("bottom")
    fail(n - 1)

try:
    try:
        fail(2)
    except RuntimeError as e:
        raise KeyError("top") from e
except KeyError as e:
    for chunk in clean(traceback.format_exception(e)):
        print(repr(chunk))
    print("--- no chain")
    for chunk in clean(traceback.format_exception(e, chain=False)):
        print(repr(chunk))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("--- context")
    print("".join(clean(traceback.format_exception(e))))

try:
    fail(3)
except RuntimeError as e:
    print("--- limit 1")
    print(clean(traceback.format_exception(e, limit=1)))
    print("--- limit -1")
    print(clean(traceback.format_exception(e, limit=-1)))
    print("--- limit 0")
    print(traceback.format_exception(e, limit=0))

try:
    raise ValueError("line one\nline two")
except ValueError as e:
    e.add_note("first note")
    e.add_note("second\nnote")
    print(traceback.format_exception_only(e))
    print(clean(traceback.format_exception(e))[-4:])

print(traceback.format_exception(None))
print(traceback.format_exception_only(None))
te = traceback.TracebackException.from_exception(KeyError("k"))
print(str(te), te.exc_type, list(te.format_exception_only()), list(te.format()))
for bad in [lambda: traceback.format_exception(5), lambda: traceback.format_exception_only(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
