# Unbounded Python recursion: a catchable RecursionError with CPython's
# message, not a limit (exit 1, an uncaught exception).
# limit: none
# exit: 1
# expect-error: RecursionError: maximum recursion depth exceeded
def f():
    f()

f()
