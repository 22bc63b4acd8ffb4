# Builtins commonly applied to lists.
xs = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(len(xs), sum(xs), min(xs), max(xs), sorted(xs), sorted(set(xs)))
print(list(enumerate(xs, 1))[:4], list(zip(xs, xs[1:]))[:3], list(map(lambda v: v * v, xs))[:5])
print(list(filter(lambda v: v > 4, xs)), any(v > 8 for v in xs), all(v > 0 for v in xs))
print(xs.index(max(xs)), xs[::-1].index(5), len(xs) - 1 - xs[::-1].index(5))
print(sum(xs) / len(xs), sorted(xs)[len(xs) // 2], max(set(xs), key=xs.count))
running = []
total = 0
for v in xs:
    total += v
    running.append(total)
print(running)
print([xs[i] for i in range(len(xs)) if i % 3 == 0], xs[::3])
pairs = list(zip(["a", "b", "c"], [1, 2, 3]))
print(pairs, dict(pairs), list(zip(*pairs)))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25], 10))
