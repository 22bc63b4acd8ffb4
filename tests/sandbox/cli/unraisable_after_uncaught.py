# An uncaught exception, then the exit cleanup reports unraisable errors
# (generators left suspended whose `finally` raises): CPython prints the
# traceback first, then the cleanup's reports. The isolated child streams
# the traceback ahead of them, since its parent would print it last.
def worker(name):
    try:
        yield name
    finally:
        raise ValueError(f"cannot release {name}")


first = worker("first")
next(first)
second = worker("second")
next(second)
print("working")
raise RuntimeError("done")
