class Node:
    __slots__ = ("key", "val", "prev", "next")
    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None
class LRU:
    def __init__(self, cap):
        if cap <= 0:
            raise ValueError("capacity must be positive")
        self.cap, self.map = cap, {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = 0
    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev
    def _push(self, n):
        n.prev, n.next = self.tail.prev, self.tail
        self.tail.prev.next = n
        self.tail.prev = n
    def get(self, key, default=None):
        n = self.map.get(key)
        if n is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(n); self._push(n)
        return n.val
    def put(self, key, val):
        if key in self.map:
            n = self.map[key]; n.val = val
            self._unlink(n); self._push(n)
            return None
        if len(self.map) >= self.cap:
            old = self.head.next
            self._unlink(old); del self.map[old.key]
            evicted = old.key
        else:
            evicted = None
        n = self.map[key] = Node(key, val)
        self._push(n)
        return evicted
    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n.key
            n = n.next
    def __len__(self): return len(self.map)
    def __contains__(self, k): return k in self.map
    def __repr__(self): return "LRU[" + ", ".join(f"{k}={self.map[k].val}" for k in self) + "]"
c = LRU(3)
for op in ["put a 1", "put b 2", "get a", "put c 3", "put d 4", "get b", "get c", "put a 10", "put e 5", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        ev = c.put(parts[1], int(parts[2]))
        print(op, "evicted" if ev else "", ev or "", c)
    else:
        print(op, "->", c.get(parts[1], "MISS"))
print(len(c), "a" in c, list(c), f"hit rate {c.hits / (c.hits + c.misses):.1%}")
try:
    LRU(0)
except ValueError as e:
    print("ValueError", e)
try:
    Node().extra = 1
except AttributeError as e:
    print("AttributeError", e)
