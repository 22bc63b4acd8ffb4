import sys


def fib_pair(n, mod=None):
    if n == 0:
        return 0, 1
    a, b = fib_pair(n >> 1, mod)
    c = a * (2 * b - a)
    d = a * a + b * b
    if mod:
        c, d = c % mod, d % mod
    if n & 1:
        return d, (c + d) % mod if mod else c + d
    return c, d


def pisano(m):
    a, b = 0, 1
    for i in range(1, m * m + 1):
        a, b = b, (a + b) % m
        if (a, b) == (0, 1):
            return i


for line in sys.stdin:
    n, m = map(int, line.split())
    f = fib_pair(n, m)[0]
    print(f"F({n}) mod {m} = {f}")
exact = fib_pair(300)[0]
print(len(str(exact)), str(exact)[:25], exact % 10 ** 9)
print([pisano(m) for m in range(2, 12)])
