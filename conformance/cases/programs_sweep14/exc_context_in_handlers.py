# Implicit chaining when an except block raises, explicit `raise from`,
# bare raise re-raising the active exception, and sys.exc_info inside.
import sys


def risky(kind):
    try:
        if kind == "key":
            {}["k"]
        elif kind == "zero":
            1 / 0
        return "fine"
    except KeyError:
        raise ValueError("converted key error")
    except ZeroDivisionError as z:
        print("  active:", sys.exc_info()[0].__name__)
        raise


for kind in ["none", "key", "zero"]:
    try:
        print(kind, risky(kind))
    except Exception as e:
        ctx = e.__context__
        print(kind, type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None)
print(sys.exc_info())
try:
    try:
        raise OSError("inner")
    finally:
        print("finally sees:", sys.exc_info()[0].__name__)
except OSError:
    pass
