# lru_cache, cache, wraps, total_ordering and cached_property.
import functools

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib.cache_parameters())

calls = []
@functools.lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x
print([slow_square(v) for v in [1, 2, 1, 3, 2, 1, 1]], calls)
info = slow_square.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize, info == (2, 5, 2, 2))

@functools.lru_cache
def keyed(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c
calls.clear()
print(keyed(1), keyed(1), keyed(1, 0), keyed(1, b=0), keyed(1.0), keyed(True), keyed(1, c=2))
print(calls, keyed.cache_info())

@functools.lru_cache(maxsize=0)
def nothing(x):
    return x
print(nothing(1), nothing(1), nothing.cache_info())

@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
try:
    count_paths([1], 2)
except TypeError as e:
    print("TypeError", e)
try:
    functools.lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError", e)

def logged(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper docs"""
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h
print(area(3, 4), area.__name__, area.__qualname__, area.__doc__, area.__wrapped__(2, 2))

def retry(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return None
        return wrapper
    return decorate

state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"try {state['n']}")
    return "ok"
print(flaky(), flaky.__name__)

@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"))

@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v
    def __gt__(self, other):
        return self.v > other.v
print(Score(1) < Score(2), Score(2) <= Score(2), Score(3) >= Score(4))
try:
    @functools.total_ordering
    class Plain:
        pass
except ValueError as e:
    print("ValueError", e)

class Circle:
    def __init__(self, r):
        self.r = r
    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
del c.area
print(c.area)

print(sorted(["b", "A", "c", "B"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
