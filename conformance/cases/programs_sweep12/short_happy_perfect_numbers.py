def is_happy(n):
    seen = set()
    while n != 1 and n not in seen:
        seen.add(n)
        n = sum(int(d) ** 2 for d in str(n))
    return n == 1


def divisor_sum(n):
    if n < 2:
        return 0
    s, d = 1, 2
    while d * d <= n:
        if n % d == 0:
            s += d + (n // d if d * d != n else 0)
        d += 1
    return s


print([n for n in range(1, 60) if is_happy(n)])
print([n for n in range(2, 10000) if divisor_sum(n) == n])
amicable = sorted({tuple(sorted((a, divisor_sum(a)))) for a in range(2, 3000)
                   if divisor_sum(a) != a and divisor_sum(divisor_sum(a)) == a})
print(amicable)
kinds = {"deficient": 0, "perfect": 0, "abundant": 0}
for n in range(1, 1001):
    s = divisor_sum(n)
    kinds["perfect" if s == n else "abundant" if s > n else "deficient"] += 1
print(kinds)
armstrong = [n for n in range(1, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(armstrong)
