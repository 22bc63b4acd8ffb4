def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1


g = primes()
first = [next(g) for _ in range(25)]
print(first)
print(next(x for x in primes() if x > 1000))
twins = []
prev = None
for p in primes():
    if p > 200:
        break
    if prev and p - prev == 2:
        twins.append((prev, p))
    prev = p
print(twins)
gaps = {}
prev = 2
for p in primes():
    if p > 1000:
        break
    gaps[p - prev] = gaps.get(p - prev, 0) + 1
    prev = p
print(sorted(gaps.items())[:6], max(gaps))
