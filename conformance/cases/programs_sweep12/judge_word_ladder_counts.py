import sys
from collections import deque, defaultdict

lines = sys.stdin.read().split()
start, goal = lines[0], lines[1]
words = set(lines[2:]) | {start}
buckets = defaultdict(list)
for w in words:
    for i in range(len(w)):
        buckets[w[:i] + "_" + w[i + 1:]].append(w)
dist = {start: 0}
ways = {start: 1}
parents = defaultdict(list)
q = deque([start])
while q:
    w = q.popleft()
    for i in range(len(w)):
        for nb in buckets[w[:i] + "_" + w[i + 1:]]:
            if nb not in dist:
                dist[nb] = dist[w] + 1
                ways[nb] = 0
                q.append(nb)
            if dist[nb] == dist[w] + 1:
                ways[nb] += ways[w]
                parents[nb].append(w)
if goal not in dist:
    print("no ladder")
else:
    print("length", dist[goal] + 1, "ways", ways[goal])

    def paths(w):
        if w == start:
            return [[w]]
        return [p + [w] for par in sorted(parents[w]) for p in paths(par)]
    for p in paths(goal):
        print(" -> ".join(p))
