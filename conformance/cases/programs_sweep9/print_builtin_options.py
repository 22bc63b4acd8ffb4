import sys, io
print("a", "b", sep=None, end=None)
print("c", file=None, flush=True)
print(sep="-")
print()
print("x", "y", "z", sep="")
print(1, [2], (3,), {4: 5}, None, True, 1.0, sep=" | ", end=" <<\n")
print(*range(5), sep="\n", end="\n---\n")
buf = io.StringIO()
print("to buffer", 42, file=buf, end="")
print(repr(buf.getvalue()))
print("multi\nline", "\ttab")
for bad in [lambda: print(sep=5), lambda: print(end=b"x"), lambda: print(file=5), lambda: print(file="x"), lambda: print(flush="maybe")]:
    try:
        bad()
        print(" <- ok")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class Out:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
o = Out()
print("custom", "writer", file=o, sep="+")
print(o.parts)
sys.stdout.write("direct\n")
print(sys.stdout.write("count me\n"))
