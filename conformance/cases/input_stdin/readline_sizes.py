# readline(n) stops after n characters; readlines(hint) after the line that reaches hint.
import sys

print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline(0)), repr(sys.stdin.readline(-1)))
print(repr(sys.stdin.readline(100)))
print(sys.stdin.readlines(5))
print(sys.stdin.readlines(1))
print(repr(sys.stdin.read(4)), sys.stdin.readlines(None))
print(sys.stdin.readlines(0))
print(sys.stdin.readlines())
