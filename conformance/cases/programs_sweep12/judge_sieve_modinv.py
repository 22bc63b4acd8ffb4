import sys

MOD = 10**9 + 7


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i in range(n + 1) if is_p[i]]


def ncr_table(n):
    fact = [1] * (n + 1)
    for i in range(1, n + 1):
        fact[i] = fact[i - 1] * i % MOD
    inv = [1] * (n + 1)
    inv[n] = pow(fact[n], -1, MOD)
    for i in range(n, 0, -1):
        inv[i - 1] = inv[i] * i % MOD
    return lambda a, b: 0 if b < 0 or b > a else fact[a] * inv[b] % MOD * inv[a - b] % MOD


tokens = sys.stdin.read().split()
limit = int(tokens[0])
primes = sieve(limit)
print(len(primes), "primes up to", limit, "last five:", primes[-5:])
ncr = ncr_table(1000)
pos = 1
while pos < len(tokens):
    a, b = int(tokens[pos]), int(tokens[pos + 1])
    pos += 2
    print(f"C({a},{b}) mod p = {ncr(a, b)}")
for x in (3, 10, 12345):
    inv = pow(x, -1, 97)
    print(x, "inverse mod 97 =", inv, "check", x * inv % 97)
try:
    pow(12, -1, 18)
except ValueError as e:
    print("ValueError:", e)
print(pow(2, 10**18, MOD), pow(3, -2, 1000003))
