import math

nums = range(1, 21)
print([n for n in nums if n % 3 == 0])
print([n * n if n % 2 else -n for n in nums][:8])
print({n: math.isqrt(n) for n in nums if math.isqrt(n) ** 2 == n})
print({n % 5 for n in nums}, sum(n for n in nums if n % 2), max((n % 7, n) for n in nums))
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
words = "the rain in spain falls mainly on the plain".split()
print({w: len(w) for w in words}, [w for w in words if "ain" in w])
print(sorted({c for w in words for c in w if c in "aeiou"}), [w[::-1] for w in words][:3])
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, [v for row in grid for v in row if v % 2 == 0], [[row[i] for row in grid] for i in range(3)])
flat = [x for sub in [[1, 2], [], [3], [4, 5, 6]] for x in sub]
print(flat, list(filter(None, [0, 1, "", "a", None, [], [0]])))
primes = [p for p in range(2, 60) if all(p % d for d in range(2, math.isqrt(p) + 1))]
print(primes)
print(any(p > 50 for p in primes), all(p % 2 for p in primes[1:]), next((p for p in primes if p > 40), None))
