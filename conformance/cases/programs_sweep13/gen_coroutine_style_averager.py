def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        if term is None:
            break
        total += term
        count += 1
        average = total / count
    return count, average


def grouper(results, key):
    while True:
        results[key] = yield from averager()


data = {"girls;kg": [40.9, 38.5, 44.3], "boys;kg": [39.0, 40.8, 43.2, 40.8]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key, (count, avg) in sorted(results.items()):
    print(f"{count:2} {key:8} averaging {avg:.2f}")
g = averager()
next(g)
print(g.send(10), g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
