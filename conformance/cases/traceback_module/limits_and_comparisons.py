# traceback's `limit` (its errors, and sys.tracebacklimit when none is given),
# TracebackException equality, and format_exception_only of odd arguments.
import re
import sys
import traceback


def cut(text):
    return re.sub(r'File "[^"]*/', 'File "', text)


def down(n):
    if n == 0:
        raise ValueError("bottom")
    down(n - 1)


def caught():
    try:
        down(3)
    except ValueError as e:
        return e


err = caught()
for limit in ("x", 1.5, 2**70, -2**70, -1.5, True, -0.0):
    try:
        print(repr(limit), len(traceback.extract_tb(err.__traceback__, limit)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(limit), type(e).__name__, e)
    try:
        print(repr(limit), len(traceback.format_exception(err, limit=limit)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(limit), type(e).__name__, e)

for setting in (2, 0, -4):
    sys.tracebacklimit = setting
    print(setting, len(traceback.extract_tb(err.__traceback__)),
          len(traceback.extract_tb(err.__traceback__, limit=3)))
    print(cut("".join(traceback.format_exception(err))))
    print(len(traceback.TracebackException.from_exception(err).stack))
del sys.tracebacklimit
print(len(traceback.extract_tb(err.__traceback__)))

first = traceback.TracebackException.from_exception(caught())
second = traceback.TracebackException.from_exception(caught())
print(first == second, first != second, first == 1, str(first))
try:
    hash(first)
except TypeError as e:
    print("TypeError", e)
other = traceback.TracebackException.from_exception(KeyError("k"))
print(first == other)

for value in (ValueError, KeyError("k"), None, 3):
    try:
        print(traceback.format_exception_only(value))
    except AttributeError as e:
        print("AttributeError", e)
print(traceback.format_exception_only(ValueError, ValueError("old style")))
print(list(traceback.TracebackException(ValueError, None, None).format()))
summary = traceback.FrameSummary("z.py", 9, "h", line="  q(1)  ", colno=2, end_colno=6,
                                 end_lineno=9)
print(traceback.format_list([summary]))
print(traceback.FrameSummary("a", 1, "n", line="x") == ("a", 1, "n", "x"),
      list(traceback.FrameSummary("a", 1, "n", line=" y ")))
