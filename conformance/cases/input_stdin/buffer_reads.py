# sys.stdin.buffer alone: read(n), read1, peek, readline(n), readlines(hint), iteration,
# with UTF-8 and undecodable bytes left as they are.
import sys

b = sys.stdin.buffer
print(b.read(0), b.read(3), b.readline(4), b.readline(None))
print(b.readlines(1))
print(b.readline(), b.readline(-1))
print(next(b), next(iter(b)))
print(b.readlines(12))
for i, line in enumerate(b):
    print(i, line)
print(b.read(), b.read(2), b.readline(), b.read1(), b.peek())
