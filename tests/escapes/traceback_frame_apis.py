# The traceback module hands out no frames: the APIs that yield or clear
# frames are withheld by name (also from a from-import), and a frame
# argument is refused.
import traceback
names = ["walk_tb", "walk_stack", "clear_frames", "print_last"]
refused = 0
for name in names:
    try:
        getattr(traceback, name)
    except AttributeError as e:
        if str(e) == f"'traceback.{name}' is not available in the sandbox":
            refused += 1
print(refused == len(names), hasattr(traceback, "walk_tb"))
try:
    from traceback import walk_tb
except ImportError as e:
    print(type(e).__name__, e)
for call in (lambda: traceback.extract_stack(f=object()),
             lambda: traceback.format_stack(1),
             lambda: traceback.StackSummary.extract(iter([(object(), 1)]))):
    try:
        call()
    except TypeError as e:
        print("refused")
print(type(traceback.extract_stack()[-1]).__name__)
# expect-output: True False
# expect-output: ImportError cannot import name 'walk_tb' from 'traceback' ('traceback.walk_tb' is not available in the sandbox)
# expect-output: refused
# expect-output: refused
# expect-output: refused
# expect-output: FrameSummary
