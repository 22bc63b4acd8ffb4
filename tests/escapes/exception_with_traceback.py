# with_traceback() would let a script attach and read traceback objects.
try:
    1 / 0
except ZeroDivisionError as e:
    # expect: AttributeError: '__traceback__' is not available in the sandbox
    e.with_traceback(None).__traceback__
