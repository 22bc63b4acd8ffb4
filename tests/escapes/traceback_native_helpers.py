# The module's native helpers format text; given anything, they return a
# str and never a frame (a non-exception formats as its type name).
import traceback
print(type(traceback._format(ValueError("x"), True)).__name__)
print(repr(traceback._format_only(ValueError("x"))))
print(repr(traceback._format(42, True)))
print(traceback.format_exception(ValueError, ValueError("v"), None)[-1], end="")
# expect-output: str
# expect-output: 'ValueError: x\n'
# expect-output: 'int\n'
# expect-output: ValueError: v
