from itertools import permutations, combinations, product

for perm in permutations(range(10), 3):
    s, e, n = perm
    if s and 100 * s + 10 * e + n + 100 * n + 10 * e + s == 1090:
        print("SEN + NES = 1090:", perm)
        break
coins = [1, 5, 10, 25]
ways = [c for r in range(1, 5) for c in combinations(coins * 3, r) if sum(c) == 30]
print(len(set(tuple(sorted(c)) for c in ways)))
dice = [p for p in product(range(1, 7), repeat=3) if sum(p) == 10]
print(len(dice), dice[:4])
triangles = [(a, b, c) for a, b, c in combinations(range(1, 30), 3) if a * a + b * b == c * c]
print(triangles)
