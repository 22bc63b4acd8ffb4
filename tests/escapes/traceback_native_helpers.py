# The module's native helpers give text and plain tuples; given anything,
# they raise or format a type name, and never return a frame. Group limits
# from the script (TracebackException's max_group_width/depth) cannot make
# the formatter recurse without bound: nesting past the native limit ends
# in RecursionError.
import traceback
print(type(traceback._format(ValueError("x"), True, None, None, 15, 10)).__name__)
print(traceback._format_only(ValueError("x")))
print(traceback._format(42, True, None, None, 15, 10))
rows = traceback._stack_rows()
print(all(type(r) is tuple and all(type(v) in (str, int, type(None)) for v in r) for r in rows))
try:
    raise KeyError("k")
except KeyError as e:
    print([type(v).__name__ for v in traceback._tb_rows(e.__traceback__)[0]])
for bad in ([1], [("f", "1", "n", None, None, None, 0)], "x"):
    try:
        traceback._format_rows(bad)
    except TypeError as e:
        print("TypeError")
try:
    traceback._tb_rows(object())
except AttributeError as e:
    print(e)
group = ValueError("leaf")
for _ in range(100000):
    group = ExceptionGroup("g", [group])
for width, depth in ((15, 1 << 62), (-(1 << 62), 1 << 62), (1 << 62, 3)):
    try:
        print(len(traceback._format(group, True, None, None, width, depth)))
    except RecursionError:
        print("RecursionError")
for bad in ((None, 10), (15, 1 << 70)):
    try:
        traceback._format(group, True, None, None, *bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(len(traceback.TracebackException.from_exception(
    group, max_group_depth=1 << 100, max_group_width=1).format.__name__))
try:
    list(traceback.TracebackException.from_exception(group, max_group_depth=1 << 100).format())
except RecursionError:
    print("RecursionError")
# expect-output: list
# expect-output: ['ValueError: x\n']
# expect-output: ['int\n']
# expect-output: True
# expect-output: ['str', 'int', 'str', 'str', 'int', 'int', 'int']
# expect-output: TypeError
# expect-output: TypeError
# expect-output: TypeError
# expect-output: 'object' object has no attribute 'tb_frame'
# expect-output: RecursionError
# expect-output: 1
# expect-output: 8
# expect-output: TypeError max_group_width must be an int, not 'NoneType'
# expect-output: OverflowError max_group_depth out of range
# expect-output: 6
# expect-output: RecursionError
