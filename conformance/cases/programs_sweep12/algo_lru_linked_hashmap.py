class Node:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key=None, val=None):
        self.key, self.val = key, val
        self.prev = self.next = None


class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.prev, n.next = self.head, self.head.next
        self.head.next.prev = n
        self.head.next = n

    def get(self, key):
        n = self.map.get(key)
        if not n:
            return -1
        self._unlink(n)
        self._push_front(n)
        return n.val

    def put(self, key, val):
        if key in self.map:
            self._unlink(self.map[key])
        n = Node(key, val)
        self.map[key] = n
        self._push_front(n)
        if len(self.map) > self.cap:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            return lru.key

    def order(self):
        out, n = [], self.head.next
        while n is not self.tail:
            out.append((n.key, n.val))
            n = n.next
        return out


c = LRU(3)
ops = [("put", 1, "a"), ("put", 2, "b"), ("get", 1), ("put", 3, "c"), ("put", 4, "d"), ("get", 2),
       ("get", 3), ("put", 1, "A"), ("put", 5, "e"), ("get", 4), ("get", 1)]
for op, *args in ops:
    r = getattr(c, op)(*args)
    print(f"{op}{tuple(args)} -> {r!r:5} order={c.order()}")
