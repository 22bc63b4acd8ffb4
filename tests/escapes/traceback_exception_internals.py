# TracebackException keeps FrameSummary rows, never frames: its stack holds
# plain data, capture_locals is refused, and the traceback it read has no
# frame.
import traceback
try:
    1 / 0
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.stack[0]).__name__, te.stack[0].locals)
    try:
        traceback.TracebackException(type(e), e, e.__traceback__, capture_locals=True)
    except ValueError as err:
        print("refused:", err)
    # expect-output: FrameSummary None
    # expect-output: refused: capture_locals is not available in the sandbox: frames' locals are not reachable
    # expect: AttributeError: 'tb_frame' is not available in the sandbox
    te._tb.tb_frame
