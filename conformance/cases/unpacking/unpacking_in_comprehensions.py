# Unpacking targets inside comprehensions and generator expressions.
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([n * 2 for n, _ in pairs], {name: n for n, name in pairs}, [w for _, w in pairs if len(w) > 3])
triples = [(1, 2, 3), (4, 5, 6)]
print([a + b + c for a, b, c in triples], [rest for first, *rest in triples])
nested = [((1, 2), 3), ((4, 5), 6)]
print([x * y * z for (x, y), z in nested])
print(sum(a * b for a, b in zip(range(5), range(5, 10))), dict((v, k) for k, v in pairs))
