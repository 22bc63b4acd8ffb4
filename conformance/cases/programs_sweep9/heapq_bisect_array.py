import heapq, bisect, array
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h)
print(heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4], [2, 3], [0])))
print(list(heapq.merge(["b", "a"], ["c"], key=str.upper, reverse=True)))
tasks = []
for pri, name in [(2, "write"), (1, "plan"), (3, "test"), (1, "alpha")]:
    heapq.heappush(tasks, (pri, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 3))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect_right(recs, 9, key=lambda r: r[1]))
def grade(score, bps=[60, 70, 80, 90], g="FDCBA"): return g[bisect.bisect(bps, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
arr = array.array("i", [1, 2, 3])
arr.append(4); arr.extend([5, 6]); arr.insert(0, 0)
print(arr, arr.tolist(), arr[2:4], arr.typecode, arr.itemsize, len(arr), arr.count(2), arr.index(3), sum(arr))
d = array.array("d", [1.5, 2.5]); print(d, d * 2, d + array.array("d", [3.0]), array.array("u", "hi"), array.array("b", b"\x01\xff"))
try:
    array.array("b", [200])
except OverflowError as e:
    print(e)
try:
    arr.append(1.5)
except TypeError as e:
    print(e)
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
print(array.array("B", [1, 2]).tobytes(), array.array("H", b"\x01\x00\x02\x00"), arr.pop(), arr.reverse() or arr)
