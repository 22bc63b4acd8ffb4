class _Node:
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head, self.tail = _Node(), _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) == self.capacity:
                lru = self.tail.prev
                self._unlink(lru)
                del self.map[lru.key]
                self.evictions += 1
            node = _Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append(n.key)
            n = n.next
        return out

    def __repr__(self):
        return f"LRU({self.keys()}, hits={self.hits}, misses={self.misses}, evict={self.evictions})"


c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z", "-"))
c.put("d", "D")
print(c, "b" in c, len(c))
c.put("c", "CC")
c.put("e", "E")
print(c, c.get("c"), c.get("a"))


def cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)

        def wrapper(n):
            if n in cache:
                return cache.get(n)
            v = fn(n)
            cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco


@cached(50)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits, collatz_len.cache.evictions, len(collatz_len.cache))
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)
