import heapq
import bisect

tasks = [(3, "write"), (1, "plan"), (2, "code"), (5, "ship"), (4, "test")]
heap = []
for t in tasks:
    heapq.heappush(heap, t)
print(heap[0], [heapq.heappop(heap)[1] for _ in range(3)], heap)
nums = [9, 1, 8, 2, 7, 3]
heapq.heapify(nums)
print(nums, heapq.nsmallest(2, nums), heapq.nlargest(3, nums, key=lambda x: -x))
print(heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 10), sorted(nums))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
grades = [60, 70, 80, 90]
for score in [55, 60, 75, 90, 100]:
    print(score, "FDCBA"[bisect.bisect(grades, score)], bisect.bisect_left(grades, score))
arr = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(arr, x)
print(arr, bisect.bisect_right(arr, 1), bisect.bisect_left(arr, 1, lo=2))
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
try:
    bisect.bisect([1], 1, lo=-1)
except ValueError as e:
    print("ValueError", e)
