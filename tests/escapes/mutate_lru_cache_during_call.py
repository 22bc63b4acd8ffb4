# The cache of functools.lru_cache is changed while the wrapper is working
# on it: a key's __hash__ and __eq__ clear the cache during the lookup and
# the store, a cached function clears its own cache or replaces the
# wrapper's __dict__ between the lookup and the store, and a full bounded
# cache is evicted from while an __eq__ runs. In CPython each is harmless;
# the wrapper must never touch a freed entry or table.
# expect-output: 2 4 6 8 2 14 14 CacheInfo(hits=1, misses=10, maxsize=2, currsize=2)
# expect-output: 10 10 CacheInfo(hits=0, misses=1, maxsize=2, currsize=1)
# expect-output: 8 2 CacheInfo(hits=2, misses=3, maxsize=2, currsize=2)
# expect-output: 20 True
# expect-output: 400 CacheInfo(hits=0, misses=0, maxsize=None, currsize=401)
import functools

calls = []


class Key:
    def __init__(self, n, hook=None):
        self.n = n
        self.hook = hook

    def __hash__(self):
        if self.hook == 'hash':
            cached.cache_clear()
        return self.n % 3

    def __eq__(self, other):
        if self.hook == 'eq':
            cached.cache_clear()
            for i in range(20):
                cached(Key(100 + i))
        return isinstance(other, Key) and self.n == other.n


@functools.lru_cache(maxsize=2)
def cached(k):
    calls.append(k.n)
    if k.n == 7:
        cached.cache_clear()
        cached.__dict__ = {'replaced': True}
        for i in range(10):
            cached(Key(200 + i))
    return k.n * 2


for n in (1, 2, 3, 4, 1, 7, 7):
    print(cached(Key(n)), end=' ')
print(cached.cache_info())
print(cached(Key(5, 'hash')), cached(Key(5, 'hash')), cached.cache_info())
cached(Key(4))
cached(Key(1))
print(cached(Key(4, 'eq')), cached(Key(1, 'eq')), cached.cache_info())
print(len(calls), cached.replaced)


@functools.cache
def unbounded(n):
    if n % 50 == 0:
        unbounded.cache_clear()
    return n if n == 0 else unbounded(n - 1) + 1


print(unbounded(400), unbounded.cache_info())
