import re
import traceback


def show(*args, end="\n"):
    # CPython shows the script's absolute path: print only the file name.
    text = " ".join(map(str, args))
    print(re.sub(r"[^\s\"',(<\[]*/([\w.]+[.]py)", r"\1", text), end=end)


def fail(n):
    raise ValueError(f"item {n}")


errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
try:
    raise ExceptionGroup("many", errors)
except ExceptionGroup as eg:
    show("".join(traceback.format_exception(eg)), end="")
    show([fs.name for fs in traceback.extract_tb(eg.exceptions[0].__traceback__)])
    te = traceback.TracebackException.from_exception(eg)
    show(len(te.exceptions), te.exceptions[1].exc_type.__name__)
