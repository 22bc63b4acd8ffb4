# input(), sys.stdin.readline(), read() and iteration share one stream, in order;
# binary reads before text reads too.
import sys

print(repr(sys.stdin.buffer.readline()))
print(repr(sys.stdin.buffer.read(4)))
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(input()))
for line in sys.stdin:
    print("loop", repr(line))
    if line.startswith("stop"):
        break
print(repr(input()))
print(repr(sys.stdin.read()))
