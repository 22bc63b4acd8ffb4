from itertools import count, cycle, islice, accumulate, dropwhile, takewhile, tee
import math


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in takewhile(lambda p: p * p <= n, found)):
            found.append(n)
            yield n


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(primes(), 15)))
print(list(collatz(27))[:12], len(list(collatz(27))), max(collatz(27)))
print(list(islice(fibs(), 10)), next(dropwhile(lambda f: f < 10**6, fibs())))
print(list(islice(cycle("RGB"), 7)), list(islice(count(10, -2.5), 4)))
tri = accumulate(count(1))
print(list(islice(tri, 8)))
a, b = tee(fibs())
next(b)
ratios = (y / x for x, y in zip(a, b) if x)
print(round(next(islice(ratios, 30, None)), 10), round((1 + math.sqrt(5)) / 2, 10))
g = primes()
print(next(g), next(g), g.send(None), type(g).__name__)
g.close()
print(next(g, "closed"))
