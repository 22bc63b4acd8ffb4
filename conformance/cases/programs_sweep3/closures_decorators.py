# Closures, decorators with arguments, functools.wraps, partial and singledispatch.
import functools

def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1, c2 = counter(), counter()
print(c1(), c1(), c1(5), c2())

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def repeat(times):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **k):
            return [fn(*a, **k) for _ in range(times)]
        return wrapper
    return deco

@memo
def slow_square(x):
    "Square x."
    return x * x

@repeat(3)
def greet(name, punct="!"):
    return f"hi {name}{punct}"

print(slow_square(4), slow_square(4), len(slow_square.cache), slow_square.__name__, slow_square.__doc__)
print(greet("ann"), greet("bob", punct="?"), greet.__name__, greet.__wrapped__("x"))
pow2 = functools.partial(pow, 2)
print(pow2(10), pow2.args, functools.partial(int, base=16)("ff"))

@functools.singledispatch
def show(x):
    return f"thing {x!r}"

@show.register
def _(x: int):
    return f"int {x}"

@show.register(list)
def _(x):
    return "list " + ", ".join(show(i) for i in x)

print(show(3), show("s"), show([1, "a", [2]]), show(True))
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
print(functools.reduce(lambda a, b: a * b, range(1, 11)), sorted(["b", "A", "c"], key=str.lower))
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), max("apple", "fig", "kiwi", key=len))

class Temperature:
    def __init__(self, c):
        self._c = c
    @functools.cached_property
    def fahrenheit(self):
        print("  computing")
        return self._c * 9 / 5 + 32

t = Temperature(100)
print(t.fahrenheit, t.fahrenheit)
