# sys.stdout.write returns the characters written and shares print's output.
import sys

n = sys.stdout.write("hello ")
print("world")
print(n)
print(sys.stdout.write("héllo\n"))
print(sys.stdout.write(""))
sys.stdout.write("a")
print("b", end="")
sys.stdout.write("c\n")
print(sys.stdout.writelines(["one ", "two\n"]))
sys.stdout.writelines(line + "\n" for line in ["x", "y"])
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.writelines(["ok\n", 1])
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdout.write()
except TypeError as e:
    print("TypeError", e)
print(sys.stdout.flush(), sys.stdout.isatty(), sys.stdout.encoding)
print(sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdout.closed)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdout.seekable())
print(sys.stdout)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print("via file", file=sys.stdout)
print("flushed", file=sys.stdout, flush=True)
out = sys.stdout
write = out.write
write("bound write\n")


class S(str):
    pass


print(sys.stdout.write(S("subclass\n")))
