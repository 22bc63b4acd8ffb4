# Meeting-room booking: sorted intervals with bisect (key=), conflict
# detection, free-slot search, and a heap-based room allocator.
import bisect
import heapq
from datetime import datetime, timedelta
from operator import attrgetter
from dataclasses import dataclass

@dataclass(frozen=True)
class Booking:
    start: datetime
    end: datetime
    who: str
    def __str__(self):
        return f"{self.who:<6} {self.start:%a %H:%M}-{self.end:%H:%M} ({int((self.end - self.start).total_seconds() // 60)}m)"

class Room:
    def __init__(self, name):
        self.name = name
        self.items = []
    def conflicts(self, start, end):
        i = bisect.bisect_left(self.items, start, key=attrgetter("start"))
        out = []
        if i > 0 and self.items[i - 1].end > start:
            out.append(self.items[i - 1])
        while i < len(self.items) and self.items[i].start < end:
            out.append(self.items[i])
            i += 1
        return out
    def book(self, start, end, who):
        if end <= start:
            raise ValueError(f"{who}: empty or negative interval")
        clash = self.conflicts(start, end)
        if clash:
            return False, clash
        bisect.insort(self.items, Booking(start, end, who), key=attrgetter("start"))
        return True, []
    def free_slots(self, day_start, day_end, min_len):
        t = day_start
        for b in self.items:
            if b.start - t >= min_len:
                yield t, b.start
            t = max(t, b.end)
        if day_end - t >= min_len:
            yield t, day_end

base = datetime(2024, 6, 3, 9, 0)
H = lambda h, m=0: base + timedelta(hours=h, minutes=m)
room = Room("Oak")
requests = [(1, 0, 2, 0, "ann"), (0, 0, 0, 30, "bob"), (1, 30, 3, 0, "cy"), (2, 0, 2, 45, "dee"),
            (0, 30, 1, 0, "eve"), (5, 0, 4, 0, "fay"), (7, 30, 9, 0, "gus"), (2, 45, 3, 15, "hal")]
for sh, sm, eh, em, who in requests:
    try:
        ok, clash = room.book(H(sh, sm), H(eh, em), who)
    except ValueError as exc:
        print("error:", exc)
        continue
    print(f"{who:4} {'booked' if ok else 'REJECTED'}" + ("" if ok else " clashes with " + ", ".join(c.who for c in clash)))
print("\n".join(map(str, room.items)))
for a, b in room.free_slots(H(0), H(9), timedelta(minutes=45)):
    print(f"free {a:%H:%M}-{b:%H:%M} {b - a}")

meetings = [(H(0), H(1), "m1"), (H(0, 30), H(2), "m2"), (H(1), H(1, 30), "m3"), (H(1, 15), H(3), "m4"),
            (H(2), H(2, 30), "m5"), (H(3), H(4), "m6"), (H(0, 45), H(1, 5), "m7")]
meetings.sort()
rooms_heap = []
assignment = {}
next_room = 0
for start, end, name in meetings:
    if rooms_heap and rooms_heap[0][0] <= start:
        _, room_id = heapq.heapreplace(rooms_heap, (end, rooms_heap[0][1]))
        room_id = rooms_heap[0][1] if False else room_id
    else:
        room_id = next_room
        next_room += 1
        heapq.heappush(rooms_heap, (end, room_id))
    assignment[name] = room_id
print("rooms needed:", next_room)
print(sorted(assignment.items(), key=lambda kv: (kv[1], kv[0])))
print([f"{e:%H:%M}/r{r}" for e, r in sorted(rooms_heap)])
top = heapq.nsmallest(3, meetings, key=lambda m: (m[0] - m[1], m[2]))
print("longest:", [m[2] for m in top], heapq.nlargest(2, [m[2] for m in meetings]))
h = [5, 1, 8, 3]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 0), h, [heapq.heappop(h) for _ in range(len(h))])
