# e.args, str(e), repr(e) for various exception types.
errors = [
    ValueError("bad value"),
    ValueError(),
    ValueError("a", 1),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    IndexError("index"),
    TypeError(5),
    ZeroDivisionError("div"),
    RuntimeError(None),
    Exception("general"),
    ArithmeticError("arith"),
    LookupError("lookup"),
    AssertionError("assert"),
    StopIteration(42),
    NotImplementedError("todo"),
    OverflowError("big"),
    UnboundLocalError("local"),
    NameError("name"),
    AttributeError("attr"),
    RecursionError("deep"),
    ConnectionError("refused"),
]
for e in errors:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
print(StopIteration(42).value, StopIteration().value)
print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError))
print(issubclass(IndexError, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(bool, Exception))
print(ValueError.__name__, KeyError.__qualname__, issubclass(KeyError, LookupError))
