def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


total = 0
for i, p in zip(range(3000), primes()):
    total += p
print(total)
print(sum(x * x for x in range(500_000) if x % 3))
