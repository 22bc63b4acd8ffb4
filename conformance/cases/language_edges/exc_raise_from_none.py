# raise ... from None sets __suppress_context__ and leaves __context__;
# `from` accepts classes (instantiated) and refuses other objects.
def f():
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None


try:
    f()
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print("class cause:", repr(e.__cause__), e.__suppress_context__)

try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError", e)

try:
    raise ValueError from ValueError("c")
except ValueError as e:
    print(repr(e), repr(e.__cause__))

class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("TypeError", e)
try:
    raise 1
except TypeError as e:
    print("TypeError", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)

class BadInit(Exception):
    def __init__(self):
        raise OSError("init failed")
try:
    raise BadInit
except OSError as e:
    print("OSError", e)

try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise k from k
except KeyError as e:
    print("self cause:", e.__cause__ is e, e.__context__ is e)

err = ValueError("reused")
for i in range(2):
    try:
        raise err from None
    except ValueError as e:
        print(i, e.__suppress_context__, e.__cause__)
err.__suppress_context__ = False
try:
    raise err
except ValueError as e:
    print("plain raise keeps", e.__suppress_context__)
