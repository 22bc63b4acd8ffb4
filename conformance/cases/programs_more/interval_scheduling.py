from typing import List, Tuple
from itertools import chain
import heapq

Interval = Tuple[int, int]

def merge(intervals: List[Interval]) -> List[Interval]:
    out: List[Interval] = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

def min_rooms(meetings: List[Interval]) -> int:
    ends: List[int] = []
    best = 0
    for s, e in sorted(meetings):
        while ends and ends[0] <= s:
            heapq.heappop(ends)
        heapq.heappush(ends, e)
        best = max(best, len(ends))
    return best

def free_slots(busy: List[List[Interval]], day=(9, 17)) -> List[Interval]:
    merged = merge(list(chain.from_iterable(busy)))
    out, cur = [], day[0]
    for s, e in merged:
        if s > cur:
            out.append((cur, min(s, day[1])))
        cur = max(cur, e)
    if cur < day[1]:
        out.append((cur, day[1]))
    return [x for x in out if x[0] < x[1]]

print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 9)]))
print(min_rooms([(0, 30), (5, 10), (15, 20), (10, 15), (25, 35)]))
cal = [[(9, 10), (12, 13)], [(9, 11), (14, 15)], [(16, 18)]]
print(free_slots(cal))
for s, e in free_slots(cal):
    print(f"{s:02d}:00-{e:02d}:00 ({e - s}h)")

def skyline(buildings):
    events = sorted([(l, -h, r) for l, r, h in buildings] + [(r, 0, 0) for _, r, _ in buildings])
    res, live = [[0, 0]], [(0, float("inf"))]
    for x, negh, r in events:
        while live[0][1] <= x:
            heapq.heappop(live)
        if negh:
            heapq.heappush(live, (negh, r))
        if res[-1][1] != -live[0][0]:
            res.append([x, -live[0][0]])
    return res[1:]
print(skyline([[2, 9, 10], [3, 7, 15], [5, 12, 12], [15, 20, 10], [19, 24, 8]]))
