# for line in sys.stdin, broken off and resumed.
import sys

for i, line in enumerate(sys.stdin):
    print(i, repr(line))
    if i == 2:
        break
print(repr(next(sys.stdin)))
print(list(sys.stdin))
try:
    next(sys.stdin)
except StopIteration:
    print("StopIteration")
print(iter(sys.stdin) is sys.stdin, iter(sys.stdin.buffer) is sys.stdin.buffer)
