# math.comb and math.perm on both sides of the point where moat switches
# GMP's binomial algorithm (min(k, n - k) at n / 8), k past n / 2, and n
# past 64 bits: every value must be CPython's.
import math

digest = 0
for n in list(range(0, 130)) + [1000, 4097, 65537]:
    for k in sorted({0, 1, 2, 5, 13, n // 8, n // 8 + 1, n - n // 8, n // 2, max(n - 1, 0), n}):
        value = math.comb(n, k) + 7 * math.perm(n, min(k, 50))
        digest = (digest * 31 + value) % (2**61 - 1)
print(digest)
print(math.comb(10**6, 125000) % 1000003, math.comb(10**6, 124999) % 1000003)
print(math.comb(2**64 + 5, 3) % 1000003, math.perm(2**64 + 5, 4) % 1000003)
print(math.comb(2**64 - 1, 2**64 - 3) % 1000003, math.comb(40, 41), math.perm(40, 41))
print(math.perm(1000, 999) == math.factorial(1000), math.comb(5000, 2500) % 97)
