# LRU eviction order: a hit makes an entry the most recently used; the
# least recently used one goes when the cache is full.
import functools

seen = []

@functools.lru_cache(maxsize=3)
def sq(x):
    seen.append(x)
    return x * x

for x in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3, 4, 6, 1, 2, 7, 7, 5]:
    sq(x)
print(seen)
print(sq.cache_info())

seen.clear()
sq.cache_clear()
print(sq.cache_info())
for x in [1, 2, 3, 4, 1, 2, 3, 4]:
    sq(x)
print(seen, sq.cache_info())

@functools.lru_cache(maxsize=1)
def one(x):
    seen.append(("one", x))
    return -x

seen.clear()
print([one(x) for x in [1, 1, 2, 1, 1, 2, 2]], seen, one.cache_info())

# Bigger caches under many evictions keep exact LRU order.
@functools.lru_cache(maxsize=50)
def big(x):
    seen.append(x)
    return x

seen.clear()
order = [(i * 37) % 101 for i in range(2000)]
for x in order:
    big(x)
print(len(seen), sum(seen), big.cache_info())

# The same with the reference implementation, by hand.
from collections import OrderedDict
ref = OrderedDict()
misses = 0
for x in order:
    if x in ref:
        ref.move_to_end(x)
    else:
        misses += 1
        if len(ref) >= 50:
            ref.popitem(last=False)
        ref[x] = x
print(misses, big.cache_info().misses == misses)

for size in (-5, -1, 0):
    @functools.lru_cache(maxsize=size)
    def z(x):
        seen.append(x)
        return x
    seen.clear()
    print(z(1), z(1), seen, z.cache_info(), z.cache_parameters())

@functools.lru_cache(maxsize=True)
def t(x):
    return x
print(t(1), t(2), t(2), t.cache_info(), t.cache_parameters())
