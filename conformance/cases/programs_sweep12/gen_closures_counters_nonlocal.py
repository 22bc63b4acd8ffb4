def make_counter(start=0, step=1):
    count = start

    def inc():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    inc.reset = reset
    return inc


def make_accumulators():
    fns = []
    for i in range(3):
        fns.append(lambda x, i=i: x + i)
    late = [lambda x: x + i for i in range(3)]
    return fns, late


def memoize(fn):
    cache = {}

    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper


@memoize
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c.__name__)
early, late = make_accumulators()
print([f(10) for f in early], [f(10) for f in late])
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache))


def outer():
    x = "outer"

    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()


print(outer()())
total = 0


def add_global(n):
    global total
    total += n
    return total


print([add_global(n) for n in range(5)], total)
