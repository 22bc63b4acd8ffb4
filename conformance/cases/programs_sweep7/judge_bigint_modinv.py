import sys
from math import comb, factorial, gcd, isqrt, lcm, perm
MOD = 10**9 + 7
def fact_mod(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i % MOD
    return r
f = [1] * 2001
for i in range(1, 2001):
    f[i] = f[i - 1] * i % MOD
inv = [1] * 2001
inv[2000] = pow(f[2000], -1, MOD)
for i in range(2000, 0, -1):
    inv[i - 1] = inv[i] * i % MOD
def C(n, k):
    return 0 if k < 0 or k > n else f[n] * inv[k] % MOD * inv[n - k] % MOD
print(C(2000, 1000), comb(2000, 1000) % MOD, fact_mod(1000) == f[1000])
print(pow(3, -1, 7), pow(-3, -1, 7), pow(10, -2, 13), pow(2, 10**18, MOD))
for a, m in [(2, 4), (0, 5), (6, 9)]:
    try:
        pow(a, -1, m)
    except ValueError as e:
        print("ValueError", e)
try:
    pow(2, -1, 0)
except ValueError as e:
    print("ValueError", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError", e)
print(pow(5, -1, 1), pow(7, 0, 1), pow(-7, 3, 5), pow(7, 3, -5))
x = factorial(100)
print(x)
print(len(str(factorial(1000))), sum(map(int, str(2**1000))))
print(x.bit_length(), (x >> 500), x.bit_count() if hasattr(x, "bit_count") else "")
def fib_pair(n):
    if n == 0:
        return (0, 1)
    a, b = fib_pair(n >> 1)
    c = a * ((2 * b - a) % MOD) % MOD
    d = (a * a + b * b) % MOD
    return (d, (c + d) % MOD) if n & 1 else (c, d)
print([fib_pair(n)[0] for n in (10, 100, 10**18)])
def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib_big(300))
print(isqrt(10**40 + 12345), isqrt(0), gcd(2**64, 6**30), lcm(4, 6, 10), gcd(), lcm())
print(perm(10, 3), comb(10, 0), comb(5, 7), perm(5, 7))
try:
    isqrt(-1)
except ValueError as e:
    print("ValueError", e)
try:
    comb(-1, 2)
except ValueError as e:
    print("ValueError", e)
big = 7 ** 500
print(str(big)[:20], str(big)[-20:], len(str(big)), big % 1000003, -big // 10**400 % 97)
print(divmod(-big, 12345678901), divmod(big, -3)[1])
print(int("1" * 100) // int("3" * 50), int("-" + "9" * 60) % 7)
print(hex(2**100 - 1), oct(-(2**70)), bin(12345678901234567890)[:20])
print(int("zz" * 10, 36), int("0x" + "f" * 30, 16), int("1_000_000_000_000_000_000_000"))
print(f"{2**200:,}", f"{-2**70:_x}", f"{3**60:>50}|", f"{10**25:e}", f"{10**25:.3g}")
print((2**63).to_bytes(9, "big"), int.from_bytes(b"\xff" * 12, "little", signed=True))
print(round(123456789012345678901234567890, -25), round(-15, -1), round(25, -1), round(35, -1))
print(2**64 / 3, 10**30 / 7, (10**400) // (10**399 + 1), 10**400 // 3 * 0)
try:
    10**400 / 1
except OverflowError as e:
    print("OverflowError", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError", e)
print(float(2**1023), 2**1024 > 1e308, (10**400) > float("inf"), -(10**400) < float("-inf"))
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, abs(-sys.maxsize - 2))
print(sum(i * i for i in range(10**5)) % MOD, sum(range(10**6)))
print(max(range(10**5), key=lambda v: (v * 7919) % 10007))
ans = []
n = 600851475143
p = 2
while p * p <= n:
    while n % p == 0:
        ans.append(p); n //= p
    p += 1
if n > 1: ans.append(n)
print(*ans)
sys.stdout.write(" ".join(map(str, [pow(i, i, 1000) for i in range(1, 16)])) + "\n")
