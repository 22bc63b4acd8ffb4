# No input at all: every read is empty, and input() raises EOFError.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()), sys.stdin.buffer.readlines())
print(list(sys.stdin), repr(sys.stdin.read(5)), repr(sys.stdin.buffer.read(5)))
for prompt in ((), ("name? ",)):
    try:
        input(*prompt)
    except EOFError as e:
        print("EOFError:", e, e.args)
