import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
adj = [[] for _ in range(n)]
for i in range(m):
    u, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    adj[u].append(v)

index = 0
stack, on_stack = [], [False] * n
idx, low = [-1] * n, [0] * n
sccs = []


def strongconnect(v):
    global index
    idx[v] = low[v] = index
    index += 1
    stack.append(v)
    on_stack[v] = True
    for w in adj[v]:
        if idx[w] == -1:
            strongconnect(w)
            low[v] = min(low[v], low[w])
        elif on_stack[w]:
            low[v] = min(low[v], idx[w])
    if low[v] == idx[v]:
        comp = []
        while True:
            w = stack.pop()
            on_stack[w] = False
            comp.append(w)
            if w == v:
                break
        sccs.append(sorted(comp))


for v in range(n):
    if idx[v] == -1:
        strongconnect(v)
print(len(sccs), "components")
for comp in sorted(sccs):
    print(" ".join(map(str, comp)))
comp_of = {v: i for i, c in enumerate(sccs) for v in c}
dag = {(comp_of[u], comp_of[v]) for u in range(n) for v in adj[u] if comp_of[u] != comp_of[v]}
print("condensed edges:", sorted(dag))
print(sys.getrecursionlimit())
