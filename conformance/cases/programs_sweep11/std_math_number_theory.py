import math


def is_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def totient(n):
    result = n
    p = 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            result -= result // p
        p += 1
    if n > 1:
        result -= result // n
    return result


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


print([n for n in range(100) if is_prime(n)][-5:], is_prime(2**61 - 1), is_prime(2**61 + 1), is_prime(561))
print([totient(n) for n in range(1, 13)], totient(10**9 + 7))
print(ext_gcd(240, 46), pow(17, -1, 3120), (17 * pow(17, -1, 3120)) % 3120, math.gcd(0, 0), math.lcm())
print(math.comb(52, 5), math.perm(10), math.factorial(20), math.isqrt(10**20 + 1), math.prod(range(1, 11), start=2))
