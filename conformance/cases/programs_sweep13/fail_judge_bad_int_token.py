import sys

lines = sys.stdin.read().splitlines()
t = int(lines[0])
for k in range(1, t + 1):
    values = [int(x) for x in lines[k].split()]
    print(max(values) - min(values))
