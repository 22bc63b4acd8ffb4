# BaseException vs Exception: SystemExit/KeyboardInterrupt are not Exceptions.
for exc_type in (SystemExit, KeyboardInterrupt, GeneratorExit, ValueError, StopIteration):
    print(exc_type.__name__, issubclass(exc_type, Exception), issubclass(exc_type, BaseException))
try:
    try:
        raise KeyboardInterrupt("simulated")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("caught as BaseException:", repr(e))
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit code", e.code, e.args)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
