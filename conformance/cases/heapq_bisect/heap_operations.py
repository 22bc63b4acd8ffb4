# heapq: the heap list's layout after each operation is python3.11's.
import heapq

heap = []
for value in [5, 3, 8, 1, 9, 2, 7, 1, 6]:
    heapq.heappush(heap, value)
    print(heap)
while heap:
    print(heapq.heappop(heap), heap)

data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 4), data)

tasks = []
for priority, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "coffee"), (2, "review")]:
    heapq.heappush(tasks, (priority, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(4, words))
print(heapq.nlargest(1, [3, 9, 2]), heapq.nsmallest(0, [1]), heapq.nsmallest(10, [3, 1, 2]))
print(heapq.nlargest(2, iter([4, 1, 7, 3])), heapq.nsmallest(2, {5: 'a', 2: 'b', 9: 'c'}))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["apple", "fig"], ["kiwi", "banana"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))

def kth_smallest(matrix, k):
    h = [(row[0], r, 0) for r, row in enumerate(matrix)]
    heapq.heapify(h)
    for _ in range(k - 1):
        v, r, c = heapq.heappop(h)
        if c + 1 < len(matrix[r]):
            heapq.heappush(h, (matrix[r][c + 1], r, c + 1))
    return h[0][0]
print(kth_smallest([[1, 5, 9], [10, 11, 13], [12, 13, 15]], 8))

for bad in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]),
            lambda: heapq.heappop((1,)), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heapify((1,)), lambda: heapq.heappush([1], "a"),
            lambda: heapq.nlargest("a", [1])]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
