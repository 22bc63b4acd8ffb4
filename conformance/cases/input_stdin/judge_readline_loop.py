# sys.stdin.readline in a loop until it returns '' (the end), and a readline alias.
import sys

input = sys.stdin.readline
total = 0
lines = 0
while True:
    line = input()
    if not line:
        break
    lines += 1
    total += sum(int(x) for x in line.split())
print(lines, total)
print(repr(input()), repr(sys.stdin.readline()))
