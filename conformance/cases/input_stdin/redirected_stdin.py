# input() reads whatever sys.stdin is bound to, as judge test harnesses do.
import io
import sys

real = sys.stdin
sys.stdin = io.StringIO("from string\nsecond\n")
print(repr(input()), repr(input("p: ")))
try:
    input()
except EOFError as e:
    print("EOFError", e)

class Lines:
    def readline(self):
        return b"bytes line\n"
sys.stdin = Lines()
print(repr(input()))

class Bad:
    def readline(self):
        return 42
sys.stdin = Bad()
try:
    input()
except TypeError as e:
    print("TypeError", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
del sys.stdin
try:
    input()
except RuntimeError as e:
    print("RuntimeError", e)
sys.stdin = real

class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.parts.append("<flush>")
out = Out()
sys.stdout = out
value = input("prompt")
sys.stdout = sys.__stdout__
print(out.parts, repr(value))
print(sys.__stdin__ is real, sys.stdin is real)
