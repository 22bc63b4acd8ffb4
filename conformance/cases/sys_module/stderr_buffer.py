# sys.stderr.buffer writes bytes to the error stream; what a script writes
# there does not reach stdout.
import sys

err = sys.stderr.buffer
print(repr(err), err.mode, err.name)
print(err.write(b"to stderr\n"), err.write(bytearray(b"more\n")))
err.writelines([b"a", b"b\n"])
err.flush()
sys.stderr.write("text after bytes\n")
print("done")
raise SystemExit("bye")
