# An uncaught exception with a cause: the traceback as CPython prints it.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("bad input") from e

print("before")
parse("x")
