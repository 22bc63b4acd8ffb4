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


a = make_counter()
b = make_counter(100, -10)
print([a() for _ in range(3)], [b() for _ in range(3)])
a.reset()
print(a(), b())
funcs = [lambda i=i: i * i for i in range(4)]
late = [lambda: i * i for i in range(4)]
print([f() for f in funcs], [f() for f in late])


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2)


print(stairs(60), len(stairs.cache))
print(a.__name__, a.reset.__qualname__, b.__qualname__)
