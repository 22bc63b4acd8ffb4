from collections import OrderedDict


class FakeClock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t

    def advance(self, dt):
        self.t += dt


class TTLCache:
    def __init__(self, capacity, ttl, clock):
        self.capacity, self.ttl, self.clock = capacity, ttl, clock
        self.data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def get(self, key, loader):
        now = self.clock()
        entry = self.data.get(key)
        if entry and now - entry[1] < self.ttl:
            self.hits += 1
            self.data.move_to_end(key)
            return entry[0]
        self.misses += 1
        value = loader(key)
        self.data[key] = (value, now)
        self.data.move_to_end(key)
        while len(self.data) > self.capacity:
            self.data.popitem(last=False)
            self.evictions += 1
        return value

    def __repr__(self):
        return f"TTLCache(keys={list(self.data)}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


clock = FakeClock()
cache = TTLCache(3, ttl=10, clock=clock)
calls = []


def load(key):
    calls.append(key)
    return key.upper()


for key, dt in [("a", 1), ("b", 1), ("a", 1), ("c", 1), ("d", 1), ("b", 1), ("a", 12), ("a", 1)]:
    clock.advance(dt)
    print(f"t={clock():>4} get {key} -> {cache.get(key, load)}")
print(cache)
print("loader calls:", calls)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(reversed(od)))
