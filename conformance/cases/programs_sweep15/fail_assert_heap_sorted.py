import heapq
h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
    assert h[0] == min(h), f"heap broken: {h}"
    print(h)
h.append(0)
out = [heapq.heappop(h) for _ in range(len(h))]
print(out)
assert out == sorted(out), (out, "not sorted")
