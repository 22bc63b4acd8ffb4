from collections import OrderedDict
from functools import lru_cache, wraps


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"


def memoize(cache):
    def deco(fn):
        @wraps(fn)
        def wrapper(*args):
            hit = cache.get(args)
            if hit is None:
                hit = fn(*args)
                cache.put(args, hit)
            return hit
        return wrapper
    return deco


c = LRUCache(2)
c.put("a", 1)
c.put("b", 2)
print(c.get("a"), c.get("z", "-"))
c.put("c", 3)
print(c, "b" in c, len(c), c.hits, c.misses)
cache = LRUCache(3)


@memoize(cache)
def slow_square(n):
    print("  computing", n)
    return n * n


for n in [2, 3, 2, 4, 5, 2, 3]:
    print(n, slow_square(n))
print(cache, slow_square.__name__)


@lru_cache(maxsize=3)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


print(max(range(1, 30), key=collatz_len), collatz_len.cache_info())
collatz_len.cache_clear()
print(collatz_len(27), collatz_len.cache_info(), collatz_len.cache_parameters())


@lru_cache(maxsize=None, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info().currsize)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
try:
    kind([1])
except TypeError as e:
    print("TypeError:", e)
