import math
N = 200
sieve = bytearray([1]) * (N + 1)
sieve[0] = sieve[1] = 0
for i in range(2, math.isqrt(N) + 1):
    if sieve[i]:
        sieve[i*i::i] = bytearray(len(range(i*i, N + 1, i)))
primes = [i for i, p in enumerate(sieve) if p]
print(len(primes), primes[:10], primes[-5:])
print(sum(sieve), sieve[:20])
spf = list(range(N + 1))
for i in range(2, math.isqrt(N) + 1):
    if spf[i] == i:
        for j in range(i * i, N + 1, i):
            if spf[j] == j:
                spf[j] = i
def factor(n):
    fs = {}
    while n > 1:
        p = spf[n]
        fs[p] = fs.get(p, 0) + 1
        n //= p
    return fs
for n in (12, 97, 128, 180, 199, 200):
    f = factor(n)
    print(n, '=', ' * '.join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()))
phi = list(range(N + 1))
for p in primes:
    for k in range(p, N + 1, p):
        phi[k] -= phi[k] // p
print(phi[1:21])
print(math.gcd(*range(12, 100, 6)), math.lcm(*range(1, 21)))
print(math.gcd(), math.lcm(), math.gcd(0, 0), math.lcm(0, 5))
print(pow(3, 10**18, 10**9 + 7), pow(2, -1, 97), pow(10, 20))
print(math.comb(50, 25), math.perm(10, 3), math.factorial(25))
twins = [(p, p + 2) for p in primes if p + 2 <= N and sieve[p + 2]]
print(twins)
gaps = [b - a for a, b in zip(primes, primes[1:])]
print(max(gaps), gaps.index(max(gaps)), sorted(set(gaps)))
print(bin(sum(primes)), oct(len(primes)), hex(primes[-1]))
goldbach = {}
for n in range(4, 60, 2):
    for p in primes:
        if sieve[n - p]:
            goldbach[n] = (p, n - p)
            break
print(goldbach)
