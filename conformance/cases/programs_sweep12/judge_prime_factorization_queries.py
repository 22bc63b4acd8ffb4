import sys
from collections import Counter


def spf_table(n):
    spf = list(range(n + 1))
    for i in range(2, int(n ** 0.5) + 1):
        if spf[i] == i:
            for j in range(i * i, n + 1, i):
                if spf[j] == j:
                    spf[j] = i
    return spf


def pollard_free_factor(n):
    f, d = Counter(), 2
    while d * d <= n:
        while n % d == 0:
            f[d] += 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] += 1
    return f


spf = spf_table(100000)
for tok in sys.stdin.read().split():
    x = int(tok)
    if x <= 100000:
        f = Counter()
        y = x
        while y > 1:
            f[spf[y]] += 1
            y //= spf[y]
    else:
        f = pollard_free_factor(x)
    expr = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())) or "1"
    ndiv = 1
    for e in f.values():
        ndiv *= e + 1
    phi = x
    for p in f:
        phi = phi // p * (p - 1)
    print(f"{x} = {expr}; divisors={ndiv} phi={phi}")
