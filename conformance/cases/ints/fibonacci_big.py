# Memoized and iterative Fibonacci with big results.
memo = {0: 0, 1: 1}


def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]


print([fib(i) for i in range(20)])
for n in (50, 90, 100, 200, 300):
    print(n, fib(n))


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib_iter(1000) == fib(300) or "different", len(str(fib_iter(1000))))
print(fib_iter(1000) % 1000000007)
print(str(fib_iter(2000))[:20])
# Fibonacci via fast doubling
def fib_fast(n):
    if n == 0:
        return (0, 1)
    a, b = fib_fast(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return (c, d)
    return (d, c + d)


print(fib_fast(300)[0] == fib(300), fib_fast(5000)[0] % 10 ** 12)
