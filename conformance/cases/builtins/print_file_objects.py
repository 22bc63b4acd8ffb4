import sys, io
s = io.StringIO()
s.close()
try:
    print("x", file=s)
except ValueError as e:
    print("ValueError", e)
old = sys.stdout
sys.stdout = None
print("this vanishes")
sys.stdout = old
print("back")
class W:
    def write(self, s):
        raise OSError("disk full")
try:
    print("x", file=W())
except OSError as e:
    print("OSError", e)
class W2:
    def write(self, s): return None
print("fine", file=W2())
class W3:
    def write(self, s): old.write(s.upper()); return len(s)
print("upper", 1, file=W3(), sep="-")
print("a", "b", sep="", end="", file=W3())
print(file=W3())
sys.stdout.write("x" * 3 + "\n")
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
print(repr(sys.stdout.write("")))
print("\u00e9\u4e2d\U0001F600")
print("tab\tsep", "nul\x00char", "cr\rret")
sys.stderr = io.StringIO()
print("to fake err", file=sys.stderr)
captured = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(repr(captured))
print(*[], sep="x", end="END\n")
print(*"abc", sep="")
print("%", "%%", "{}", "{0}")
