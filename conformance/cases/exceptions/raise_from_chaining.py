# raise ... from ..., implicit chaining and suppression.
def load(key):
    data = {"a": "1", "b": "x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise LookupError(f"no setting {key!r}") from e
    except ValueError as e:
        raise RuntimeError("bad setting") from e


for key in ("a", "b", "c"):
    try:
        print(load(key))
    except (LookupError, RuntimeError) as e:
        print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no context shown") from None
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    raise KeyError("k") from ValueError("v")
except KeyError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))
try:
    raise TypeError("x") from 5
except TypeError as e:
    print("TypeError", e)
