e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"); print(str(e), e.start, e.reason)
print(repr(StopIteration(5).value), SystemExit(3).code, repr(SystemExit()), KeyboardInterrupt.__mro__ if False else issubclass(KeyboardInterrupt, Exception))
try:
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def f():
    try:
        return "try"
    finally:
        print("finally")
print(f())
def f():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(f())
