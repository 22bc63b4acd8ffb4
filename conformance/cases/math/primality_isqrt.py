# Primality testing and factorisation using isqrt.
from math import isqrt, gcd, prod


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, isqrt(n) + 1):
        if n % d == 0:
            return False
    return True


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


print([n for n in range(60) if is_prime(n)])
for n in (1, 2, 12, 97, 360, 1001, 65536, 999983, 600851475143):
    f = factorize(n)
    print(n, f, prod(f) == n)
print(is_prime(2 ** 31 - 1), isqrt(2 ** 31 - 1), gcd(*factorize(360)))
perfect_squares = [n for n in range(200) if isqrt(n) ** 2 == n]
print(perfect_squares)
