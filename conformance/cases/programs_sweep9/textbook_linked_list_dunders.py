class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, nxt=None):
        self.val, self.next = val, nxt
class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)
    def push(self, v):
        self.head = Node(v, self.head); self._len += 1
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __len__(self): return self._len
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for j, v in enumerate(self):
            if j == i: return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v): return any(x == v for x in self)
    def __reversed__(self): return iter(list(self)[::-1])
    def __eq__(self, o): return isinstance(o, LinkedList) and list(self) == list(o)
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __add__(self, o): return LinkedList([*self, *o])
    def __bool__(self): return self.head is not None
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 3 in ll, 9 in ll, list(reversed(ll)), bool(LinkedList()), ll + [5])
print(ll.reverse(), ll == LinkedList([4, 3, 2, 1]), sum(ll), max(ll), sorted(ll), dict(enumerate(ll)))
try:
    ll[10]
except IndexError as e:
    print(e)
a, b, *c = ll
print(a, b, c, [x * 2 for x in ll if x % 2], "-".join(map(str, ll)))
