def f():
    raise
try:
    f()
except RuntimeError as e:
    print(e)
import sys
def g():
    yield sys.exc_info()[0]
    yield sys.exc_info()[0]
try:
    raise KeyError
except KeyError:
    it = g()
    print(next(it))
print(next(it))
import sys
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError:
        print(sys.exc_info()[1])
    print(sys.exc_info()[1], repr(sys.exception()) if hasattr(sys, "exception") else "")
print(sys.exc_info())
try:
    try:
        raise ValueError(1)
    finally:
        print("finally sees nothing special")
except ValueError as e:
    print("caught", e)
def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        return e
e = f()
print(repr(e), e.__traceback__ is not None, e.__traceback__.tb_lineno, e.__traceback__.tb_next)
e = ValueError("x")
print(e.__traceback__, e.with_traceback(None) is e, e.__context__, e.__cause__, e.args)
e.args = ("changed", 2); print(e, repr(e))
e.args = "ab"; print(e.args)
