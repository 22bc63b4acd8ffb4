def averager():
    total = count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def grouper(results, key):
    while True:
        results[key] = yield from averager()


def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results


data = {"girls;kg": [40.9, 38.5, 44.3, 42.2, 45.2, 41.7, 44.5, 38.0, 40.6, 44.5],
        "boys;kg": [39.0, 40.8, 43.2, 40.8, 43.1, 38.6, 41.4, 40.6, 36.3]}
for k, (n, avg) in sorted(main(data).items()):
    print(f"{n:2} {k:<8} averaging {avg:.2f}")

acc = averager()
print(next(acc), acc.send(10), acc.send(20), acc.send(60))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)


def ticker():
    n = 0
    try:
        while True:
            try:
                cmd = yield n
            except ValueError as e:
                print("  recovered from", e)
                n = 0
                continue
            n += cmd or 1
    finally:
        print("  ticker finished at", n)


t = ticker()
print(next(t), t.send(5), next(t), t.throw(ValueError("reset")), t.send(3))
t.close()
print(t.gi_running if hasattr(t, "gi_running") else None)
