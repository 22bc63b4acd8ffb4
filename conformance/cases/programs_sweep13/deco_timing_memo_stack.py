import functools

calls = []


def traced(fn):
    depth = 0

    @functools.wraps(fn)
    def wrapper(*args):
        nonlocal depth
        calls.append("  " * depth + f"{fn.__name__}{args}")
        depth += 1
        try:
            return fn(*args)
        finally:
            depth -= 1
    return wrapper


def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        wrapper.count += 1
        return fn(*args, **kw)
    wrapper.count = 0
    return wrapper


@counted
@traced
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


print(gcd(1071, 462), gcd.count)
print("\n".join(calls))
print(gcd.__name__, gcd.__wrapped__.__name__, gcd.__wrapped__.__wrapped__.__name__)


def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a):
            return [fn(*a) for _ in range(times)]
        return inner
    return deco


@repeat(3)
def greet(name):
    return f"hi {name}"


print(greet("moat"), greet.__qualname__)
