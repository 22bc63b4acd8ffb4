import sys

data = sys.stdin.read().split("\n")
n, q = map(int, data[0].split())
parent = list(range(n))
size = [1] * n


def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


def union(a, b):
    a, b = find(a), find(b)
    if a == b:
        return False
    if size[a] < size[b]:
        a, b = b, a
    parent[b] = a
    size[a] += size[b]
    return True


out = []
for line in data[1:1 + q]:
    op, a, b = line.split()
    a, b = int(a), int(b)
    if op == "union":
        out.append("merged" if union(a, b) else "already")
    else:
        out.append("yes" if find(a) == find(b) else "no")
print("\n".join(out))
groups = {}
for i in range(n):
    groups.setdefault(find(i), []).append(i)
print(sorted(map(len, groups.values()), reverse=True))
