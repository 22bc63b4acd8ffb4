def factorize(n):
    f = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f


def fmt(f):
    return " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in sorted(f.items())) or "1"


def divisors(n):
    ds = [1]
    for p, e in factorize(n).items():
        ds = [d * p ** k for d in ds for k in range(e + 1)]
    return sorted(ds)


for n in [1, 2, 12, 97, 360, 1001, 2**10 * 3**5, 600851475143, 999999000001]:
    f = factorize(n)
    print(f"{n:>13} = {fmt(f)}")
print(divisors(360)[:10], len(divisors(360)), sum(divisors(28)) - 28 == 28)
print([n for n in range(2, 10000) if sum(divisors(n)) - n == n])
