# lru_cache keys: positional arguments, keywords in call order, typed=True,
# a lone int or str argument as its own key, and unhashable arguments.
import functools

calls = []

@functools.lru_cache(maxsize=None)
def f(*args, **kwds):
    calls.append((args, sorted(kwds.items())))
    return len(calls)

print(f(1), f(1), f(1.0), f(True), f("a"), f("a"))
print(f(1, 2), f(1, 2), f((1, 2)), f(a=1, b=2), f(b=2, a=1), f(a=1, b=2))
print(f(1, a=1), f(1, a=1), f(), f())
print(f.cache_info())
print(len(calls))

@functools.lru_cache(maxsize=None, typed=True)
def g(x, y=0):
    calls.append(("g", x, y))
    return (type(x).__name__, x)

calls.clear()
print(g(1), g(1.0), g(True), g(1), g(1, y=0), g(1, y=0.0), g(1, y=0))
print(len(calls), g.cache_info(), g.cache_parameters())

@functools.lru_cache(typed=False)
def h(x):
    calls.append(x)
    return x

calls.clear()
print(h(1), h(1.0), h(True), h(2.0), h(2))
print(calls, h.cache_info())

for bad in ([1], {"a": 1}, {1, 2}, bytearray(b"x")):
    try:
        f(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        h(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    f(k=[1])
except TypeError as e:
    print("TypeError", e)
print(f.cache_info(), h.cache_info())


class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)
    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


@functools.lru_cache(maxsize=4)
def k(x):
    return x.v * 10

a = Key(1)
print(k(a))
print(k(a))
print(k(Key(1)))
print(k.cache_info())


class BadHash:
    def __hash__(self):
        raise ValueError("no hash today")

try:
    k(BadHash())
except ValueError as e:
    print("ValueError", e)
print(k.cache_info())
