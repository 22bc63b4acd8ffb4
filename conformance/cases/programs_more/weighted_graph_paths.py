from collections import deque, defaultdict
import heapq

edges = [("A","B",4),("A","C",2),("B","C",5),("B","D",10),("C","E",3),("E","D",4),("D","F",11),("E","F",20)]
graph = defaultdict(list)
for u, v, w in edges:
    graph[u].append((v, w))
    graph[v].append((u, w))

def bfs(start):
    seen = {start}
    order = []
    q = deque([start])
    while q:
        node = q.popleft()
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                q.append(nxt)
    return order

def dijkstra(src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev

def path(prev, target):
    out = [target]
    while out[-1] in prev:
        out.append(prev[out[-1]])
    return out[::-1]

print(bfs("A"))
dist, prev = dijkstra("A")
for node in sorted(dist):
    print(node, dist[node], "->".join(path(prev, node)))

def prim():
    visited = {"A"}
    heap = [(w, "A", v) for v, w in graph["A"]]
    heapq.heapify(heap)
    mst = []
    while heap:
        w, u, v = heapq.heappop(heap)
        if v in visited:
            continue
        visited.add(v)
        mst.append((u, v, w))
        for x, wx in graph[v]:
            if x not in visited:
                heapq.heappush(heap, (wx, v, x))
    return mst
mst = prim()
print(mst, sum(w for *_, w in mst))
print(heapq.nsmallest(3, edges, key=lambda e: e[2]))
print(heapq.nlargest(2, [e[2] for e in edges]))
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); dq.rotate(2)
print(dq, dq.maxlen)
dq.extend([7, 8])
print(list(dq), dq.count(8), dq.index(7))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
