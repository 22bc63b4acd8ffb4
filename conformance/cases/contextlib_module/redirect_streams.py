# redirect_stdout / redirect_stderr rebind sys.stdout / sys.stderr for the
# with block and restore them after, also when the block raises.
import sys
from contextlib import redirect_stdout, redirect_stderr


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


cap = Capture()
with redirect_stdout(cap) as target:
    print("captured", 1, 2)
    print("second", end="!")
print(target is cap, cap.parts)

err = Capture()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
    sys.stderr.write("direct\n")
print(err.parts)

saved = sys.stdout
try:
    with redirect_stdout(Capture()):
        raise ValueError("inside")
except ValueError as e:
    print("ValueError:", e, sys.stdout is saved)

# One instance may be entered again while active (each entry restores its own).
inner = Capture()
r = redirect_stdout(inner)
with r:
    with r:
        print("nested")
    print("outer level")
print(inner.parts)

outer_cap, inner_cap = Capture(), Capture()
with redirect_stdout(outer_cap):
    print("A")
    with redirect_stdout(inner_cap):
        print("B")
    print("C")
print(outer_cap.parts, inner_cap.parts)
