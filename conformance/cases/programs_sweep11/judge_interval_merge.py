def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def insert(intervals, new):
    return merge(intervals + [new])


def total_covered(intervals):
    return sum(e - s for s, e in merge(intervals))


tests = [[[1, 3], [2, 6], [8, 10], [15, 18]], [[1, 4], [4, 5]], [], [[5, 7]], [[1, 10], [2, 3], [4, 5]]]
for t in tests:
    print(t, "->", merge(t), total_covered(t))
print(insert([[1, 2], [3, 5], [6, 7], [8, 10], [12, 16]], [4, 8]))
meetings = [(9, 10.5), (10, 11), (13, 14.25), (14, 15)]
rooms = 0
events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
cur = 0
for t, d in events:
    cur += d
    rooms = max(rooms, cur)
print("rooms needed:", rooms, events[:3])
