# Exception groups, generators, `from None`, recursion, and no "Did you
# mean" (Lib/traceback.py in 3.11 adds none, unlike the uncaught printout).
import sys
import traceback

def clean(text):
    out = []
    for line in text.splitlines():
        at = line.find('File "')
        if at >= 0:
            path, rest = line[at + 6:].split('"', 1)
            line = line[:at] + 'File "' + path.rsplit("/", 1)[-1] + '"' + rest
        out.append(line)
    return "\n".join(out)

try:
    raise ExceptionGroup("many", [ValueError(1), TypeError("t")])
except ExceptionGroup as eg:
    print(clean("".join(traceback.format_exception(eg))))
    print(traceback.format_exception_only(eg))

try:
    "abc".uper()
except AttributeError as e:
    print(traceback.format_exception_only(e))
    print(traceback.format_exc().splitlines()[-1])

value = 1
try:
    valeu
except NameError as e:
    print(traceback.format_exception_only(e))

def gen():
    yield 1
    raise KeyError("in gen")

try:
    list(gen())
except KeyError:
    print(clean(traceback.format_exc()))

try:
    try:
        raise OSError(2, "No such file")
    except OSError:
        raise RuntimeError("wrapped") from None
except RuntimeError:
    print(clean(traceback.format_exc()))

def rec(n):
    return rec(n + 1) if n < 30 else 1 / 0

try:
    rec(0)
except ZeroDivisionError as e:
    print(clean("".join(traceback.format_exception(e))))
    print(len(traceback.format_exception(e)))

try:
    d = {"a": {"b": None}}
    d["a"]["b"]["c"]
except TypeError:
    print(clean("".join(traceback.format_exception(*sys.exc_info()))))
