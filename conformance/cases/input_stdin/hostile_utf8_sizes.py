# Invalid or cut-short UTF-8 at every position of a multi-byte character,
# read with every size: read(1), readline(n) splitting a character, and
# sizes that are negative, huge or not integers.
import sys

out = []
for _ in range(12):
    out.append(sys.stdin.readline(2))
    out.append(sys.stdin.read(1))
    out.append(sys.stdin.readline(-7))
print(ascii(out))
for n in range(1, 6):
    print(n, ascii(sys.stdin.readline(n)))
print(ascii(sys.stdin.readline(0)), ascii(sys.stdin.read(0)))
for size in [2**63, -2**63 - 1, 2**70, 1.5, "3", b"3"]:
    for name, f in [("read", sys.stdin.read), ("readline", sys.stdin.readline),
                    ("readlines", sys.stdin.readlines),
                    ("buffer.read", sys.stdin.buffer.read),
                    ("buffer.readline", sys.stdin.buffer.readline),
                    ("buffer.read1", sys.stdin.buffer.read1),
                    ("buffer.peek", sys.stdin.buffer.peek)]:
        try:
            f(size)
            print(name, "read")
        except (OverflowError, TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
lines = sys.stdin.readlines(3)
print(ascii(lines))
print(ascii(sys.stdin.read(-3)))
print(ascii(sys.stdin.read()), ascii(sys.stdin.readline()), list(sys.stdin))
