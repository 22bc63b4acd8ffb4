from collections import deque
import sys


def solve(n, edges):
    adj = [[] for _ in range(n + 1)]
    for a, b in edges:
        adj[a].append(b)
        adj[b].append(a)
    color = [0] * (n + 1)
    for s in range(1, n + 1):
        if color[s]:
            continue
        color[s] = 1
        q = deque([s])
        while q:
            u = q.popleft()
            for v in adj[u]:
                if not color[v]:
                    color[v] = -color[u]
                    q.append(v)
                elif color[v] == color[u]:
                    return None, (u, v)
    return [i for i in range(1, n + 1) if color[i] == 1], None


it = iter(sys.stdin.read().split())
t = int(next(it))
for case in range(1, t + 1):
    n, m = int(next(it)), int(next(it))
    edges = [(int(next(it)), int(next(it))) for _ in range(m)]
    side, conflict = solve(n, edges)
    if side is None:
        print(f"#{case}: NOT BIPARTITE (conflict on edge {conflict[0]}-{conflict[1]})")
    else:
        print(f"#{case}: BIPARTITE left={side}")
