# An LRU cache as an OrderedDict subclass: __getitem__ refreshes order,
# __setitem__ evicts, __missing__ loads; statistics in __repr__.
from collections import OrderedDict


class LRU(OrderedDict):
    def __init__(self, capacity, loader):
        super().__init__()
        self.capacity, self.loader = capacity, loader
        self.hits = self.misses = 0

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        self.hits += 1
        return value

    def __missing__(self, key):
        self.misses += 1
        self[key] = value = self.loader(key)
        return value

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)
        if len(self) > self.capacity:
            oldest = next(iter(self))
            print(f"  evict {oldest}")
            del self[oldest]

    def __repr__(self):
        return f"LRU({list(self.keys())}, hits={self.hits}, misses={self.misses})"


cache = LRU(3, lambda k: k * k)
for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    print(k, cache[k])
print(cache)
print(1 in cache, cache.get(9), cache.pop(5), cache)
