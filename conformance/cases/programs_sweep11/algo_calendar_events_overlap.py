from datetime import datetime, timedelta

events = [
    ("standup", "2024-05-06 09:00", 15),
    ("review", "2024-05-06 09:10", 50),
    ("lunch", "2024-05-06 12:00", 60),
    ("1:1", "2024-05-06 12:30", 30),
    ("retro", "2024-05-06 16:00", 45),
]
parsed = []
for name, start, mins in events:
    s = datetime.strptime(start, "%Y-%m-%d %H:%M")
    parsed.append((s, s + timedelta(minutes=mins), name))
parsed.sort()
for (s1, e1, n1), (s2, e2, n2) in zip(parsed, parsed[1:]):
    if s2 < e1:
        print(f"conflict: {n1} ({s1:%H:%M}-{e1:%H:%M}) overlaps {n2} by {(e1 - s2).seconds // 60} min")
day_start = datetime(2024, 5, 6, 9)
day_end = datetime(2024, 5, 6, 17)
free = []
cursor = day_start
for s, e, _ in parsed:
    if s > cursor:
        free.append((cursor, s))
    cursor = max(cursor, e)
if cursor < day_end:
    free.append((cursor, day_end))
print([f"{a:%H:%M}-{b:%H:%M}" for a, b in free])
longest = max(free, key=lambda ab: ab[1] - ab[0])
print("longest free:", longest[1] - longest[0], f"{longest[0]:%I:%M %p}")
