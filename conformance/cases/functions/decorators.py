# Decorators written as plain functions.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    wrapper.__name__ = func.__name__
    return wrapper


def count_calls(func):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator


def memoize(func):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


@count_calls
def work(x):
    return x * 2


@repeat(3)
def roll(seed):
    return seed % 7


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@shout
@repeat(2)
def stacked():
    return "ab"


print(greet("world"), greet.__name__)
print(work(1), work(2), work(3), work.calls)
print(roll(10))
print(fib(100), len(fib.cache))
try:
    print(stacked())
except AttributeError as e:
    print("AttributeError", e)
registry = []


def register(func):
    registry.append(func.__name__)
    return func


@register
def alpha():
    pass


@register
def beta():
    pass


print(registry)
