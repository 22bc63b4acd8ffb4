import traceback
import re


def level3(x):
    return {"a": 1}[x]


def level2(x):
    return level3(x.lower())


def level1(x):
    try:
        return level2(x)
    except KeyError as e:
        raise LookupError(f"lookup of {x!r} failed") from e


def strip_paths(text):
    return re.sub(r'File "[^"]*[/\\]', 'File "', text)


try:
    level1("B")
except LookupError as e:
    text = "".join(traceback.format_exception(e))
    print(strip_paths(text))
    print(traceback.format_exception_only(type(e), e))
    frames = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in frames])
    inner = traceback.extract_tb(e.__cause__.__traceback__)
    print([f.name for f in inner], len(inner))
    print("".join(traceback.format_tb(e.__traceback__, limit=1)).count("\n"))
try:
    [].pop()
except IndexError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__, chain=False)
    print(lines[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), list(te.format_exception_only()))
