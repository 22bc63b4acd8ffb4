import heapq


class MinHeap:
    def __init__(self):
        self.data = []

    def push(self, x):
        heapq.heappush(self.data, x)
        self.check()

    def pop(self):
        x = heapq.heappop(self.data)
        self.check()
        return x

    def check(self):
        d = self.data
        for i in range(1, len(d)):
            assert d[(i - 1) // 2] <= d[i], f"heap broken at {i}: {d}"


h = MinHeap()
for x in [5, 3, 8, 1, 9, 2]:
    h.push(x)
print(h.data)
print([h.pop() for _ in range(3)])
h.data.append(0)
h.data.insert(0, 7)
h.push(4)
