from itertools import count, islice, takewhile


def primes():
    composites = {}
    for n in count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def twin_primes():
    it = primes()
    prev = next(it)
    for p in it:
        if p - prev == 2:
            yield prev, p
        prev = p


def goldbach(n, plist):
    pset = set(plist)
    return next((p, n - p) for p in plist if n - p in pset)


print(list(islice(primes(), 20)))
print(list(islice(twin_primes(), 8)))
small = list(takewhile(lambda p: p < 200, primes()))
print(len(small), small[-3:])
print([goldbach(n, small) for n in range(4, 40, 6)])
gaps = {}
prev = 2
for p in islice(primes(), 1, 1000):
    gaps[p - prev] = gaps.get(p - prev, 0) + 1
    prev = p
print(sorted(gaps.items())[:8], max(gaps))
