# Textbook exercises: primes, gcd, perfect numbers, base conversion, big ints.
import math
from functools import reduce, lru_cache

def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, p in enumerate(is_p) if p]

primes = sieve(200)
print(len(primes), primes[-5:], sum(primes))
print([n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n][:3])
print(reduce(math.gcd, [84, 126, 210]), math.lcm(4, 6, 10), math.comb(52, 5), math.perm(10, 3))

def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))

for n, b in [(255, 2), (255, 16), (-1000, 7), (2 ** 64, 36), (0, 5)]:
    s = to_base(n, b)
    print(n, b, s, int(s, b) == n)

@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)

print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
print(partitions.cache_info().hits > 0)
print(math.factorial(25), 2 ** 100 % 97, pow(3, -1, 11), pow(2, 10 ** 6, 10 ** 9 + 7))
collatz = {}
def steps(n):
    s = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        s += 1
    return s
best = max(range(1, 3000), key=steps)
print(best, steps(best))
print(f"{math.pi:.15f} {math.e:.10f} {math.sqrt(2):.12f} {math.tau / 4 == math.pi / 2}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2), int(-7 / 2), -7 // 2)
print(divmod(-7, 2), divmod(7.5, 2), 7 % -3, -7 % 3, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3))
print(sum(1 / n ** 2 for n in range(1, 10001)), math.fsum([0.1] * 10), sum([0.1] * 10))
