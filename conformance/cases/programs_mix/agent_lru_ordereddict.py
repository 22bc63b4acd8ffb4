from collections import OrderedDict
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = OrderedDict()
        self.hits = self.misses = 0
    def get(self, k):
        if k in self.d:
            self.d.move_to_end(k)
            self.hits += 1
            return self.d[k]
        self.misses += 1
        return None
    def put(self, k, v):
        self.d[k] = v
        self.d.move_to_end(k)
        if len(self.d) > self.cap:
            old, _ = self.d.popitem(last=False)
            print("evict", old)
    def __repr__(self): return f"LRU({list(self.d.items())})"
c = LRU(2)
c.put("a", 1); c.put("b", 2); c.get("a"); c.put("c", 3); print(c.get("b"), c.get("a"))
c.put("d", 4)
print(c, c.hits, c.misses)
import functools
@functools.lru_cache(maxsize=3)
def slow(n):
    print("compute", n)
    return n * n
for n in [1, 2, 1, 3, 4, 1, 2]:
    slow(n)
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@functools.cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().currsize)
