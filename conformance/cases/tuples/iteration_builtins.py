# Builtins over tuples.
t = (5, 3, 8, 1, 9, 2)
print(len(t), sum(t), min(t), max(t), sorted(t), tuple(sorted(t)), tuple(reversed(t)))
print(any(x > 8 for x in t), all(x > 0 for x in t), 8 in t, 7 not in t)
print(list(enumerate(t))[:3], tuple(zip(t, "abcdef"))[-2:], tuple(map(str, t)))
print(tuple(x for x in t if x % 2), tuple(filter(lambda v: v > 4, t)))
total = 0
for i, v in enumerate(t):
    total += i * v
print(total)
nested = ((1, 2), (3, 4), (5, 6))
print([a * b for a, b in nested], tuple(sum(p) for p in nested), list(zip(*nested)))
