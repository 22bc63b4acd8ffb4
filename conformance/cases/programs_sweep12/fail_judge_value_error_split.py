import sys

data = sys.stdin.read().splitlines()
n = int(data[0])
edges = []
for line in data[1:n + 1]:
    u, v, w = map(int, line.split())
    edges.append((w, u, v))
edges.sort()
print(edges)
