# Infinite generators consumed lazily.
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(take(15, fib()))
for i, f in enumerate(fib()):
    if f > 10 ** 20:
        print("first fib over 1e20 is F", i, "=", f)
        break
gen = fib()
print([next(gen) for _ in range(5)], next(gen), next(gen))
print(sum(x for x in take(40, fib()) if x % 2 == 0))


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


p = primes()
print([next(p) for _ in range(20)])
