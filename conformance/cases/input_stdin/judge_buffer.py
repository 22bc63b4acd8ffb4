# The binary layer: sys.stdin.buffer.read() and readline() give bytes, which int() takes.
import sys

first = sys.stdin.buffer.readline()
print(repr(first))
n = int(first)
rest = sys.stdin.buffer.read().split()
print(rest[:3], type(rest[0]).__name__)
print(sum(map(int, rest[:n])))
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()))
