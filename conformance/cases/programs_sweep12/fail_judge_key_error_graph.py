import sys
from collections import deque

lines = sys.stdin.read().splitlines()
graph = {}
for line in lines[1:]:
    a, b = line.split("-")
    graph.setdefault(a, []).append(b)
start = lines[0]
seen = {start}
q = deque([start])
order = []
while q:
    u = q.popleft()
    order.append(u)
    for v in graph[u]:
        if v not in seen:
            seen.add(v)
            q.append(v)
print(order)
