n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    adj[a].append(b)
    adj[b].append(a)
seen = [False] * (n + 1)
comps = []
for s in range(1, n + 1):
    if seen[s]:
        continue
    stack = [s]
    seen[s] = True
    comp = []
    while stack:
        u = stack.pop()
        comp.append(u)
        for v in adj[u]:
            if not seen[v]:
                seen[v] = True
                stack.append(v)
    comps.append(sorted(comp))
print(len(comps))
for c in sorted(comps, key=lambda c: (-len(c), c)):
    print(*c)
