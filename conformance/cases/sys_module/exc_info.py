# sys.exc_info() and sys.exception() name the exception being handled.
import sys

print(sys.exc_info(), sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    t, v, _ = sys.exc_info()
    print(t, repr(v), sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print(sys.exc_info()[:2])
    print(sys.exc_info()[0])
print(sys.exc_info(), sys.exception())


def handler():
    return sys.exc_info()[1]


try:
    raise ValueError("deep")
except ValueError:
    print(repr(handler()))
