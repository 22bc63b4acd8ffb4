# Rebinding sys.stdout redirects print(); restoring it prints again.
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


cap = Capture()
old = sys.stdout
sys.stdout = cap
print("captured", 1)
print("and", "more", sep="+")
sys.stdout = old
print(cap.parts)
sys.stdout = None
print("dropped")
sys.stdout = sys.__stdout__
print("restored")


def run_captured(fn):
    saved = sys.stdout
    buf = Capture()
    sys.stdout = buf
    try:
        fn()
    finally:
        sys.stdout = saved
    return "".join(buf.parts)


print(repr(run_captured(lambda: print("inside", 42))))
