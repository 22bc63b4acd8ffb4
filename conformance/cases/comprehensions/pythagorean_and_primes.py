# Classic comprehension exercises.
n = 30
print([(a, b, c) for a in range(1, n) for b in range(a, n) for c in range(b, n) if a * a + b * b == c * c])
perfect = [m for m in range(2, 1000) if sum(d for d in range(1, m // 2 + 1) if m % d == 0) == m]
print(perfect)
print([x for x in range(100, 1000) if x == sum(int(d) ** 3 for d in str(x))])
print(sum(int(d) for d in str(2 ** 100)), len([c for c in str(2 ** 1000) if c == "0"]))
