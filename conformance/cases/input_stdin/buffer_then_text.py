# Binary reads first, then text reads of what follows (input(), readline, iteration).
import sys

header = sys.stdin.buffer.readline()
print(header, int(header.split()[1]))
print(sys.stdin.buffer.read(5))
print(repr(input()))
print(repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
print([line.rstrip("\n") for line in sys.stdin])
