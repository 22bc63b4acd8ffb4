import sys
print()
print("a", "b", "c", sep="")
print("a", "b", sep=None, end=None)
print("x", end="")
print("y", end="\n\n")
print(1, 2, 3, sep=" | ", end=" END\n")
print(*[], sep="-")
print(*range(5), sep=", ")
print("flushed", flush=True)
print("stdout", file=sys.stdout)
print("none file", file=None)
try:
    print("x", sep=1)
except TypeError as e:
    print("TypeError", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError", e)
try:
    print("x", file=1)
except AttributeError as e:
    print("AttributeError", e)
class S:
    def __str__(self):
        return 5
try:
    print(S())
except TypeError as e:
    print("TypeError", e)
class R:
    def __repr__(self):
        return "R()"
print(R(), [R()], {"k": R()}, (R(),))
class Both:
    def __str__(self): return "str-form"
    def __repr__(self): return "repr-form"
print(Both(), [Both()], f"{Both()}", f"{Both()!r}", "%s %r" % (Both(), Both()))
n = sys.stdout.write("written\n")
print(n)
print(sys.stdout.write(""))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("a", "b", sep="+", end="!", file=w)
print(1, file=w)
print(w.parts)
print("tab\there", "nl\\n", repr("q'uote\""))
print(None, True, 1.0, 1e20, 1e-7, -0.0, 10**20, 2+3j, b"b\x00", bytearray(b"z"))
print("unicode: é ß 日本 🎉")
print(sys.stdout.writable(), sys.stdout.isatty() in (True, False))
sys.stdout.writelines(["l1\n", "l2\n"])
print("end", sep="", end="\n", file=sys.stdout, flush=False)
print(sep="x")
print(end="")
print("",)
print("kw", **{"sep": "-"})
