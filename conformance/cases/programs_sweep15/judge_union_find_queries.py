import sys
data = sys.stdin.read().split()
it = iter(data)
n = int(next(it)); q = int(next(it))
parent = list(range(n))
size = [1] * n

def find(x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root

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
for i in range(q):
    op = next(it)
    a = int(next(it)); b = int(next(it))
    if op == 'U':
        r = union(a, b)
        out.append(f"union {a} {b} -> {r}")
    else:
        out.append("YES" if find(a) == find(b) else "NO")
    print(i, parent, size)
sys.stdout.write('\n'.join(out) + '\n')
groups = {}
for v in range(n):
    groups.setdefault(find(v), []).append(v)
for r, g in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print("%3d: %-20s size=%d" % (r, g, len(g)))
print(len(groups), max(map(len, groups.values())), min(size))
