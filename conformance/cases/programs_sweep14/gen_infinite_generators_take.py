# Infinite generators composed lazily: primes, fibonacci, collatz and a
# merge of sorted streams, cut with islice/takewhile.
import heapq
import itertools


def primes():
    found = []
    for n in itertools.count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(itertools.islice(primes(), 12)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
print(list(itertools.islice(heapq.merge(primes(), fib()), 15)))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(6)])
print(next(itertools.dropwhile(lambda p: p < 1000, primes())))
