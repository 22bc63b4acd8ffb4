# sorted() calls its new list's sort method through vectorcall, a counted
# recursion step, so a key function that sorts again recurses two steps a
# level; list.sort(key=...) called directly, and map(), count only the
# frames. Each function runs a few shallow times first, so that CPython's
# call sites are specialized (before that, CPython 3.11 counts every
# built-in call, which moat does not model). map() recurses to 500 only:
# its levels nest the most C++ frames, and moat's native guard, which
# measures the C++ stack, trips first in sanitizer builds near 1000.
import sys

depth = [0]
stop = [0]


def via_sorted(n):
    depth[0] = n
    if n == stop[0]:
        return []
    return sorted([n + 1], key=via_sorted)


def via_sort(n):
    depth[0] = n
    if n == stop[0]:
        return []
    items = [n + 1]
    items.sort(key=via_sort)
    return items


def via_map(n):
    depth[0] = n
    if n == stop[0]:
        return []
    return list(map(via_map, [n + 1]))


def via_sorted_reverse(n):
    depth[0] = n
    if n == stop[0]:
        return []
    return sorted([n + 1, n + 2][:1], key=via_sorted_reverse, reverse=True)


for f in (via_sorted, via_sort, via_map, via_sorted_reverse):
    for limit in (500, 200) if f is via_map else (1000, 200):
        sys.setrecursionlimit(limit)
        stop[0] = 3
        for _ in range(20):
            f(0)
        stop[0] = 10**9
        try:
            f(0)
        except RecursionError as e:
            print(f.__name__, limit, depth[0], e)
sys.setrecursionlimit(1000)
