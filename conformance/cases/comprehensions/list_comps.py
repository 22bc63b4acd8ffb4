# List comprehensions with conditions and expressions.
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0])
print([x if x % 2 else -x for x in range(8)])
print([c.upper() for c in "hello" if c != "l"])
print([(i, c) for i, c in enumerate("abc")])
print([len(w) for w in "the quick brown fox".split()])
print([x for x in range(30) if x % 2 if x % 3], [y for y in [0, 1, None, "", "a", [], [0]] if y])
print([n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))])
print([[0] * 3 for _ in range(2)], [str(i) * i for i in range(4)])
words = ["Apple", "banana", "Cherry", "date"]
print([w for w in words if w[0].isupper()], [w.lower() for w in words if len(w) > 4])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])], [abs(v) for v in (-1, 2, -3)])
