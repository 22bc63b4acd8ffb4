from itertools import islice, count, takewhile


def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(islice(primes(), 15)))
print(list(takewhile(lambda x: x < 200, fib())))
print(sum(islice(fib(), 50)))
squares = (n * n for n in count(1))
print([next(squares) for _ in range(5)], next(squares))
evens = filter(lambda n: n % 2 == 0, fib())
print(list(islice(evens, 6)))
collatz = lambda n: (n // 2 if n % 2 == 0 else 3 * n + 1)


def seq(n):
    while n != 1:
        yield n
        n = collatz(n)
    yield 1


print(list(seq(27))[:10], len(list(seq(27))), max(seq(27)))
