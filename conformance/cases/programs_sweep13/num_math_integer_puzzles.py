import math
from itertools import count

perfect = [n for n in range(2, 10000) if sum(d + n // d for d in range(1, math.isqrt(n) + 1) if n % d == 0) - n - (math.isqrt(n) if math.isqrt(n) ** 2 == n else 0) == n]
print("perfect:", perfect)
pythag = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c and math.gcd(a, b) == 1]
print("primitive triples:", pythag)
amicable = []
def s(n):
    return sum(d + (n // d if d * d != n and d != 1 else 0) for d in range(1, math.isqrt(n) + 1) if n % d == 0)
for a in range(2, 3000):
    b = s(a)
    if b > a and s(b) == a:
        amicable.append((a, b))
print("amicable:", amicable)
print("first triangular with > 50 divisors:", next(t for t in (n * (n + 1) // 2 for n in count(1)) if sum(2 for d in range(1, math.isqrt(t) + 1) if t % d == 0) > 50))
print(math.comb(40, 20), math.perm(6, 6) == math.factorial(6), sum(int(c) for c in str(2 ** 1000)))
