def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: ExceptionGroup("m"))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("m", 5))
t(lambda: ExceptionGroup("m", []))
t(lambda: ExceptionGroup("m", [1]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: type(BaseExceptionGroup("m", [ValueError()])))
t(lambda: ExceptionGroup("m", [ValueError()], x=1))
t(lambda: ExceptionGroup("m", (ValueError(), )).args)
t(lambda: ExceptionGroup("m", [ValueError()]).split(5))
t(lambda: ExceptionGroup("m", [ValueError()]).split(int))
t(lambda: ExceptionGroup("m", [ValueError()]).derive([KeyError()]))
t(lambda: str(ExceptionGroup("m", [ValueError()])))
t(lambda: ExceptionGroup("m", [ValueError()]).split(lambda e: True))
eg = ExceptionGroup("m", [ValueError(1), ExceptionGroup("n", [TypeError(2), ValueError(3)])])
t(lambda: eg.split(ValueError))
t(lambda: eg.split(lambda e: isinstance(e, TypeError)))
t(lambda: eg.subgroup(ExceptionGroup))
t(lambda: eg.split((TypeError, KeyError)))
try:
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* int:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except* ValueError as e:
        print(repr(e))
        raise
except Exception as e:
    print("outer", repr(e))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise KeyError(5)
except Exception as e:
    print("outer", repr(e), repr(e.exceptions[0].__context__))
