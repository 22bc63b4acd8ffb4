# Errors in cleanup code: __context__ links, `raise ... from` inside
# finally, and what traceback.format_exception_only shows for each.
import traceback


def step(n):
    try:
        if n == 1:
            raise KeyError("during work")
        return "ok"
    finally:
        if n >= 1:
            try:
                raise OSError("during cleanup")
            except OSError as cleanup:
                if n == 2:
                    raise RuntimeError("cleanup chained") from cleanup


for n in range(3):
    try:
        print(n, step(n))
    except Exception as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(f"{type(cur).__name__}({cur})")
            cur = cur.__cause__ or cur.__context__
        print(n, " <- ".join(chain))
        print("  ", traceback.format_exception_only(type(e), e))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("wrapped") from z
except ValueError as v:
    print(type(v.__cause__).__name__, v.__cause__ is v.__context__, v.__suppress_context__)
