import heapq, bisect
tasks = [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]
heapq.heapify(tasks)
print([heapq.heappop(tasks) for _ in range(2)], tasks[0])
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, -x)
print([-v for v in heapq.nsmallest(3, h)], heapq.nlargest(2, [1, 5, 3], key=lambda v: -v), heapq.heappushpop(h, -100), heapq.heapreplace(h, 0))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])), list(heapq.merge(["bb", "a"], ["ccc"], key=len, reverse=True)))
records = [("ann", 20), ("bo", 35), ("cy", 50)]
ages = [r[1] for r in records]
print(bisect.bisect_left(ages, 35), bisect.bisect_right(ages, 35), bisect.bisect(records, 40, key=lambda r: r[1]))
bisect.insort(records, ("dee", 30), key=lambda r: r[1]); print(records)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    bisect.bisect_left([1], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
