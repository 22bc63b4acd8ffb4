# How __cause__, __context__ and __suppress_context__ decide what the
# traceback printer shows (through traceback.format_exception).
import re
import traceback


def text(exc):
    out = "".join(traceback.format_exception(exc))
    return re.sub(r'File "[^"]*/', 'File "', out)


def explicit():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("explicit") from e


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("implicit")


def suppressed():
    try:
        int("x")
    except ValueError:
        raise RuntimeError("suppressed") from None


for fn in (explicit, implicit, suppressed):
    try:
        fn()
    except Exception as e:
        print(f"--- {fn.__name__}: cause={e.__cause__!r} context={e.__context__!r} "
              f"suppress={e.__suppress_context__}")
        print(text(e), end="")

e = RuntimeError("manual")
e.__context__ = KeyError("ctx")
e.__suppress_context__ = True
print(text(e), end="")
e.__suppress_context__ = False
print(text(e), end="")
e.__cause__ = OSError("cause")
print(e.__suppress_context__)
print(text(e), end="")
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print("TypeError", err)
try:
    e.__context__ = 5
except TypeError as err:
    print("TypeError", err)
a = ValueError("a")
b = ValueError("b")
a.__context__ = b
b.__context__ = a
print(text(a), end="")
