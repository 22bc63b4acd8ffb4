import sys

readline = sys.stdin.readline
results = []
while True:
    line = readline()
    if not line:
        break
    n = int(line)
    if n == 0:
        break
    row = readline().split()
    heights = list(map(int, row))
    stack, best = [], 0
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            start, hh = stack.pop()
            best = max(best, hh * (i - start))
        stack.append((start, h))
    results.append(best)
    print(f"histogram {heights} -> largest rectangle {best}")
print("answers:", results)
print(repr(readline()), repr(readline()))
