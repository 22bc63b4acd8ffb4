from collections import deque, defaultdict

n = int(input())
names = [input().strip() for _ in range(n)]
m = int(input())
graph = defaultdict(list)
indeg = {name: 0 for name in names}
for _ in range(m):
    before, after = input().split()
    graph[before].append(after)
    indeg[after] += 1

queue = deque(sorted(name for name in names if indeg[name] == 0))
order = []
semester = {}
for name in queue:
    semester[name] = 1
while queue:
    cur = queue.popleft()
    order.append(cur)
    for nxt in sorted(graph[cur]):
        semester[nxt] = max(semester.get(nxt, 1), semester[cur] + 1)
        indeg[nxt] -= 1
        if indeg[nxt] == 0:
            queue.append(nxt)

if len(order) != n:
    print("IMPOSSIBLE")
else:
    print(" ".join(order))
    by_sem = defaultdict(list)
    for name, s in semester.items():
        by_sem[s].append(name)
    for s in sorted(by_sem):
        print(f"Semester {s}: {', '.join(sorted(by_sem[s]))}")
