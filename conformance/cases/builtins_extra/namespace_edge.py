# The builtin namespace: types are callable classes, exceptions form CPython's tree.
names = [int, float, str, bool, list, tuple, dict, set, frozenset, range, slice, type, object,
         enumerate, zip, map, filter, reversed]
print([t.__name__ for t in names])
print([type(t).__name__ for t in names], all(callable(t) for t in names))
excs = [BaseException, Exception, ArithmeticError, FloatingPointError, OverflowError,
        ZeroDivisionError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
        ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError,
        UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError,
        RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError,
        TabError, SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError,
        UnicodeEncodeError, UnicodeTranslateError, Warning, BytesWarning, DeprecationWarning,
        EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
        ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning,
        GeneratorExit, KeyboardInterrupt, SystemExit, BaseExceptionGroup, ExceptionGroup]
for e in excs:
    parents = [p.__name__ for p in excs if p is not e and issubclass(e, p)]
    print(e.__name__, issubclass(e, BaseException), issubclass(e, Exception), len(parents))
print(IOError is OSError, EnvironmentError is OSError)
print(Ellipsis, ..., Ellipsis is ..., NotImplemented, type(NotImplemented).__name__)
print(None, True, False, type(None).__name__)
try:
    raise LookupError("lk")
except Exception as err:
    print(type(err).__name__, err, isinstance(err, LookupError))
