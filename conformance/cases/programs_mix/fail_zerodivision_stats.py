from collections import defaultdict

SCORES = [("math", 90), ("math", 70), ("art", 85), ("music", 0), ("art", 95)]


def averages(rows, weights):
    sums = defaultdict(float)
    counts = defaultdict(int)
    for subject, score in rows:
        sums[subject] += score * weights.get(subject, 1)
        counts[subject] += weights.get(subject, 1)
    return {s: sums[s] / counts[s] for s in sums}


print(averages(SCORES, {}))
print(averages(SCORES, {"art": 2}))
print(averages(SCORES, {"music": 0}))
