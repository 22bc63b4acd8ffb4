meetings = [("standup", 9.0, 9.25), ("design", 9.5, 11.0), ("lunch", 12.0, 13.0), ("1:1", 10.5, 11.0),
            ("review", 11.0, 12.5), ("demo", 13.0, 14.0), ("retro", 13.5, 15.0)]

chosen, end = [], 0
for name, s, e in sorted(meetings, key=lambda m: m[2]):
    if s >= end:
        chosen.append(name)
        end = e
print("max non-overlapping:", chosen)
events = sorted([(s, 1) for _, s, _ in meetings] + [(e, -1) for _, _, e in meetings])
rooms = peak = 0
for t, delta in events:
    rooms += delta
    peak = max(peak, rooms)
print("rooms needed:", peak)
merged = []
for _, s, e in sorted(meetings, key=lambda m: m[1]):
    if merged and s <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], e)
    else:
        merged.append([s, e])
print("busy blocks:", [f"{int(s)}:{int(s % 1 * 60):02}-{int(e)}:{int(e % 1 * 60):02}" for s, e in merged])
free = [(a[1], b[0]) for a, b in zip(merged, merged[1:])]
print("free gaps:", free)
