class Node:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key=None, val=None):
        self.key, self.val, self.prev, self.next = key, val, None, None


class LinkedDict:
    def __init__(self, pairs=()):
        self.head = Node()
        self.head.prev = self.head.next = self.head
        self.map = {}
        for k, v in pairs:
            self[k] = v

    def __setitem__(self, k, v):
        if k in self.map:
            self.map[k].val = v
            return
        n = Node(k, v)
        last = self.head.prev
        last.next = n
        n.prev = last
        n.next = self.head
        self.head.prev = n
        self.map[k] = n

    def __getitem__(self, k):
        return self.map[k].val

    def __delitem__(self, k):
        n = self.map.pop(k)
        n.prev.next = n.next
        n.next.prev = n.prev

    def __iter__(self):
        n = self.head.next
        while n is not self.head:
            yield n.key
            n = n.next

    def __reversed__(self):
        n = self.head.prev
        while n is not self.head:
            yield n.key
            n = n.prev

    def __len__(self):
        return len(self.map)

    def items(self):
        return [(k, self[k]) for k in self]

    def __repr__(self):
        return f"LinkedDict({self.items()})"


d = LinkedDict([("b", 2), ("a", 1), ("c", 3)])
d["a"] = 10
del d["b"]
d["z"] = 26
print(d, len(d), list(reversed(d)), "a" in d.map, d["z"])
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    Node().other = 1
except AttributeError as e:
    print("AttributeError", e)
print(sorted(d), dict(d.items()), list(zip(d, reversed(d))))
