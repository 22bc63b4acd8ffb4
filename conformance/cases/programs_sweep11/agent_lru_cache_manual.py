from collections import OrderedDict


class LRU:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.cap = capacity
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
        evicted = None
        if len(self.data) > self.cap:
            evicted = self.data.popitem(last=False)
        return evicted

    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"


c = LRU(2)
print(c.put("a", 1), c.put("b", 2), c.get("a"), c.put("c", 3), c.get("b"), c.get("c"))
print(c.put("a", 10), c, c.get("zz", "none"))
try:
    LRU(0)
except ValueError as e:
    print("ValueError", e)


def cached(cache):
    def deco(fn):
        def inner(n):
            v = cache.get(n)
            if v is None:
                v = fn(n)
                cache.put(n, v)
            return v
        return inner
    return deco


fc = LRU(100)


@cached(fc)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fc.hits, fc.misses, len(fc.data))
