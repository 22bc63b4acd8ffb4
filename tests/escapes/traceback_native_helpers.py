# The module's native helpers give text and plain tuples; given anything,
# they raise or format a type name, and never return a frame.
import traceback
print(type(traceback._format(ValueError("x"), True, None, None)).__name__)
print(traceback._format_only(ValueError("x")))
print(traceback._format(42, True, None, None))
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
# expect-output: list
# expect-output: ['ValueError: x\n']
# expect-output: ['int\n']
# expect-output: True
# expect-output: ['str', 'int', 'str', 'str', 'int', 'int', 'int']
# expect-output: TypeError
# expect-output: TypeError
# expect-output: TypeError
# expect-output: 'object' object has no attribute 'tb_frame'
