# Exception groups nested 60 and 1200 deep, 2000 wide, in __context__ and
# __cause__ cycles through a group, formatted by traceback and printed by
# the uncaught-exception printer: CPython's output (its depth and width
# cut-offs, "... (max_group_depth is 10)"), a RecursionError where CPython
# raises one, and never a native stack overflow.
# expect-output: 37     +------------------------------------
# expect-output: 2
# expect-output: 8
# expect-output: 8
# expect-output: 34
# expect-output: 37
# expect:     +------------------------------------
import traceback


def nest(depth):
    e = ValueError("leaf")
    for i in range(depth):
        e = ExceptionGroup(f"g{i}", [e, KeyError(i)] if i % 2 else [e])
    return e


lines = "".join(traceback.format_exception(nest(60))).splitlines()
print(len(lines), lines[-1])
a, b, c = ValueError("a"), KeyError("b"), TypeError("c")
a.__context__ = b
b.__context__ = c
c.__context__ = a
print("".join(traceback.format_exception(a)).count("During handling"))
g = ExceptionGroup("g", [a, b])
a.__cause__ = g
print(len(traceback.format_exception(g)))
te = traceback.TracebackException.from_exception(g, max_group_depth=3, max_group_width=2)
print(len(list(te.format())))
print(len(traceback.format_exception(ExceptionGroup("w", [ValueError(i) for i in range(2000)]))))
try:
    print(len(traceback.format_exception(nest(1200))))
except RecursionError:
    print("RecursionError")
raise nest(300)
