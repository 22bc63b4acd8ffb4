import sys
import heapq

lines = sys.stdin.read().strip().split("\n")
meetings = []
for line in lines[1:]:
    name, start, end = line.split()
    h1, m1 = map(int, start.split(":"))
    h2, m2 = map(int, end.split(":"))
    meetings.append((h1 * 60 + m1, h2 * 60 + m2, name))
meetings.sort()

rooms = []
assignment = {}
free_ids = []
next_id = 1
for start, end, name in meetings:
    while rooms and rooms[0][0] <= start:
        _, rid = heapq.heappop(rooms)
        heapq.heappush(free_ids, rid)
    if free_ids:
        rid = heapq.heappop(free_ids)
    else:
        rid = next_id
        next_id += 1
    assignment[name] = rid
    heapq.heappush(rooms, (end, rid))

print("rooms needed:", next_id - 1)
for start, end, name in meetings:
    print(f"{name:<10} {start // 60:02d}:{start % 60:02d}-{end // 60:02d}:{end % 60:02d} room {assignment[name]}")
chosen, last_end = [], -1
for start, end, name in sorted(meetings, key=lambda m: m[1]):
    if start >= last_end:
        chosen.append(name)
        last_end = end
print("max non-overlapping:", chosen)
