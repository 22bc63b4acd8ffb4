class LinkedList:
    class _Node:
        __slots__ = ("val", "next")

        def __init__(self, val, nxt=None):
            self.val = val
            self.next = nxt

    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, v):
        self.head = self._Node(v, self.head)
        self.size += 1

    def pop(self):
        if self.head is None:
            raise IndexError("pop from empty LinkedList")
        v = self.head.val
        self.head = self.head.next
        self.size -= 1
        return v

    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def __contains__(self, v):
        return any(x == v for x in self)

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sorted(ll), sum(ll), max(ll))
print(ll.pop(), ll.pop(), ll)
for bad in [lambda: ll[10], lambda: LinkedList().pop(), lambda: ll._Node(1).other]:
    try:
        bad()
    except (IndexError, AttributeError) as e:
        print(type(e).__name__, e)
print(bool(LinkedList()), bool(ll), LinkedList._Node.__qualname__)
