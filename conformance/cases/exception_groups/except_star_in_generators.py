import sys
def g():
    try:
        yield 1
    except* ValueError as eg:
        print("gen except*", repr(eg))
        yield 2
    except* TypeError as eg:
        print("gen TE", repr(eg))
it = g(); next(it)
print(it.throw(ExceptionGroup("x", [ValueError(1)])))
try:
    it.close()
except BaseExceptionGroup as e:
    print("close inside except*:", repr(e))
it = g(); next(it)
try:
    it.throw(ExceptionGroup("y", [TypeError(2), KeyError(3)]))
except ExceptionGroup as e:
    print("rest", repr(e))
def h():
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        print("in star, exc_info:", repr(sys.exc_info()[1]))
    except* TypeError:
        print("in star TE, exc_info:", repr(sys.exc_info()[1]))
h()
try:
    try:
        raise ExceptionGroup("eg", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise
    except* TypeError as e:
        raise KeyError("new") from None
except BaseExceptionGroup as e:
    print(repr(e), [repr(x) for x in e.exceptions], repr(e.__context__), repr(e.__cause__))
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("naked wrapped:", repr(e), e.exceptions[0] is not None)
        raise
except ExceptionGroup as e:
    print("reraise naked as group?", repr(e))
except ValueError as e:
    print("reraise naked stays naked", repr(e))
try:
    try:
        raise ExceptionGroup("a", [ValueError(1), ExceptionGroup("b", [ValueError(2), OSError(3)])])
    except* OSError as e:
        print("os", repr(e))
except* ValueError as e:
    print("val", repr(e))
