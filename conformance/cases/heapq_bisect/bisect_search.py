# bisect: searching and inserting in sorted lists.
import bisect

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 4, 5, 9, 10]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 4), bisect.bisect_left(a, 4, hi=2))

sorted_list = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(sorted_list, v)
print(sorted_list)
bisect.insort_left(sorted_list, 5)
bisect.insort_right(sorted_list, 0, 0, 0)
print(sorted_list)

people = [("ann", 21), ("bob", 25), ("cy", 30), ("dee", 30), ("eve", 41)]
print(bisect.bisect_left(people, 30, key=lambda p: p[1]), bisect.bisect_right(people, 30, key=lambda p: p[1]))
bisect.insort(people, ("fay", 30), key=lambda p: p[1])
print(people)

print(bisect.bisect("acegi", "d"), bisect.bisect((1.5, 2.5, 3.5), 2), bisect.bisect(range(0, 100, 10), 35))

def count_in_range(values, lo, hi):
    return bisect.bisect_right(values, hi) - bisect.bisect_left(values, lo)
print(count_in_range([1, 3, 3, 5, 8, 13, 21], 3, 13))

for bad in [lambda: bisect.bisect([1, 2], 1, -1), lambda: bisect.bisect([1, 2], 1, "a"),
            lambda: bisect.bisect(5, 1), lambda: bisect.bisect_left([1, 2], 1, 0, 10),
            lambda: bisect.insort((1,), 1), lambda: bisect.bisect([1, 2], "a")]:
    try:
        bad()
    except (TypeError, ValueError, IndexError, AttributeError) as e:
        print(type(e).__name__, e)
