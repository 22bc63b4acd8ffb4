import heapq
import bisect

logs_a = [(1, "a-start"), (4, "a-mid"), (9, "a-end")]
logs_b = [(2, "b-start"), (4, "b-mid"), (5, "b-end")]
logs_c = [(3, "c-only")]
print(list(heapq.merge(logs_a, logs_b, logs_c)))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["bb", "a", "ccc"], ["dd", "eeee"], key=len)))
scores = {"ann": 88, "bob": 95, "cy": 72, "di": 95, "ed": 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
h = [9, 4, 7, 1, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 3), heapq.heapreplace(h, 10), h)
tasks = []
for prio, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    heapq.heappush(tasks, (prio, len(tasks), name))
print([heapq.heappop(tasks)[2] for _ in range(len(tasks))])

grades = [60, 70, 80, 90]
letters = "FDCBA"
print([letters[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 90, 100]])
people = [("ann", 25), ("bob", 31), ("cy", 47)]
ages = [p[1] for p in people]
print(bisect.bisect_left(ages, 31), bisect.bisect_right(ages, 31), bisect.bisect(people, 40, key=lambda p: p[1]))
sorted_list = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(sorted_list, x)
print(sorted_list)
bisect.insort_left(people, ("dan", 30), key=lambda p: p[1])
print(people)
print(bisect.bisect_left([1, 2, 4, 4, 8], 4, lo=3), bisect.bisect_right([1, 2, 4, 4, 8], 4, hi=3))
