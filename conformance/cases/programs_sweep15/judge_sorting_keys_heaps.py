from functools import cmp_to_key, reduce, partial
from operator import itemgetter, attrgetter, methodcaller, mul, add
import bisect, heapq
nums = [3, 30, 34, 5, 9]
def cmp(a, b):
    return (a + b > b + a) - (a + b < b + a)
print(''.join(sorted(map(str, nums), key=cmp_to_key(cmp), reverse=True)))
print(sorted(nums, key=cmp_to_key(lambda a, b: b - a)))
k = cmp_to_key(cmp)
print(k('3') < k('30'), k('9') == k('9'), type(k('1')).__name__)
students = [("ann", 'B', 15), ("bob", 'A', 12), ("cy", 'B', 10), ("di", 'A', 12), ("ed", 'C', 15)]
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2), reverse=True))
print(sorted(students, key=lambda s: (-s[2], s[0])))
s2 = sorted(students, key=itemgetter(0), reverse=True)
s2.sort(key=itemgetter(1))
print(s2)
class P:
    def __init__(self, name, age): self.name, self.age = name, age
    def __repr__(self): return f"P({self.name},{self.age})"
    def greet(self, g): return f"{g}, {self.name}"
ps = [P('z', 3), P('a', 9), P('m', 3)]
print(sorted(ps, key=attrgetter('age', 'name')), list(map(methodcaller('greet', 'hi'), ps)))
print(attrgetter('name')(ps[0]), itemgetter(-1)([1, 2, 3]), itemgetter(slice(1, None))('abc'))
print(reduce(mul, range(1, 11)), reduce(add, [[1], [2], [3]], []), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
try:
    reduce(add, [])
except TypeError as e:
    print("TypeError:", e)
pw2 = partial(pow, 2); print(pw2(10), pw2.func is pow, pw2.args, partial(int, base=2)('1011'))
print(repr(partial(int, base=2)))
a = [1, 3, 3, 3, 7, 9]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 10), bisect.bisect_left(a, 0))
bisect.insort(a, 5); bisect.insort_left(a, 3); print(a)
recs = [(1, 'a'), (4, 'b'), (9, 'c')]
print(bisect.bisect_left(recs, 4, key=itemgetter(0)), bisect.bisect_right(recs, 4, key=itemgetter(0)))
bisect.insort(recs, (5, 'x'), key=itemgetter(0)); print(recs)
grades = "FDCBA"
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
print(bisect.bisect_left(a, 3, lo=3), bisect.bisect_right(a, 3, 0, 2))
h = [5, 7, 9, 1, 3]; heapq.heapify(h); print(h)
print(heapq.heappushpop(h, 4), h, heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge(['bb', 'a'], ['ccc'], key=len)))
print(heapq.nsmallest(2, students, key=itemgetter(2)), heapq.nlargest(3, [5, 1, 8, 3, 8]))
class Task:
    def __init__(self, pri, name): self.pri, self.name = pri, name
    def __lt__(self, o): return (self.pri, self.name) < (o.pri, o.name)
    def __repr__(self): return f"T{self.pri}{self.name}"
tq = []
for p, n in [(3, 'c'), (1, 'z'), (1, 'a'), (2, 'b')]:
    heapq.heappush(tq, Task(p, n)); print(tq)
print([heapq.heappop(tq) for _ in range(len(tq))])
maxh = []
for x in [5, 1, 8, 3]:
    heapq.heappush(maxh, -x)
print([-heapq.heappop(maxh) for _ in range(2)], maxh)
words = "the cat sat on the mat with a hat".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w), reverse=True))
print(sorted({'b': 2, 'a': 3, 'c': 1}.items(), key=itemgetter(1)), sorted("bca"), sorted((3, 1, 2), reverse=True))
lst = [5, 2, 8]; print(lst.sort(), lst, sorted(lst) is lst)
print(sorted([1, True, 0.5, False]), sorted([[2, 1], [1, 2, 3], [1, 2]]), sorted([-1, 1, -2, 2], key=abs))
data = [3, 1, 2]
data.sort(key=lambda x: -x); print(data)
def bubble(arr):
    arr = arr[:]; swaps = 0
    for i in range(len(arr)):
        for j in range(len(arr) - 1 - i):
            if arr[j] > arr[j + 1]:
                arr[j], arr[j + 1] = arr[j + 1], arr[j]; swaps += 1
        print(f"pass {i}: {arr}")
    return arr, swaps
print(bubble([5, 1, 4, 2, 8]))
def merge_sort(arr, depth=0):
    if len(arr) <= 1: return arr
    mid = len(arr) // 2
    l, r = merge_sort(arr[:mid], depth + 1), merge_sort(arr[mid:], depth + 1)
    out = []; i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]: out.append(l[i]); i += 1
        else: out.append(r[j]); j += 1
    out += l[i:] + r[j:]
    print("  " * depth + str(out))
    return out
merge_sort([38, 27, 43, 3, 9, 82, 10])
def quicksort(a):
    if len(a) < 2: return a
    p, *rest = a
    return quicksort([x for x in rest if x < p]) + [p] + quicksort([x for x in rest if x >= p])
print(quicksort([3, 6, 8, 10, 1, 2, 1]))
