# TracebackException keeps no frames: its stack, the exception's traceback
# and capture_locals are all out of reach.
import traceback
try:
    1 / 0
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print(hasattr(te, "stack"), hasattr(te, "exc_traceback"))
    try:
        traceback.TracebackException(type(e), e, None, capture_locals=True)
    except ValueError as err:
        print("refused:", err)
    print(type(te._exc).__name__)
    # expect: AttributeError: '__traceback__' is not available in the sandbox
    te._exc.__traceback__
