# The traceback module hands out text only: every API that takes or returns
# frames, tracebacks or FrameSummary objects is withheld by name.
import traceback
names = ["extract_tb", "extract_stack", "format_tb", "format_stack", "print_tb", "print_stack",
         "walk_tb", "walk_stack", "clear_frames", "print_last", "StackSummary", "FrameSummary",
         "format_list", "print_list"]
refused = 0
for name in names:
    try:
        getattr(traceback, name)
    except AttributeError as e:
        if str(e) == f"'traceback.{name}' is not available in the sandbox":
            refused += 1
print(refused == len(names), hasattr(traceback, "walk_tb"))
try:
    from traceback import extract_stack
except AttributeError as e:
    print(e)
# expect-output: True False
# expect-output: 'traceback.extract_stack' is not available in the sandbox
