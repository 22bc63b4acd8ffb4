class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val; self.next = next
    def __repr__(self):
        return f"Node({self.val!r})"

class LinkedList:
    def __init__(self, items=()):
        self.head = None; self._len = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head); self._len += 1
    def __len__(self): return self._len
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0: i += len(self)
        for k, v in enumerate(self):
            if k == i: return v
        raise IndexError("linked list index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev = None; cur = self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    __hash__ = None

ll = LinkedList([1, 2, "three", 4.0])
print(ll, len(ll), ll[2], ll[-1], ll[1:3], 2 in ll, 9 in ll)
ll.reverse(); print(ll)
print(ll == LinkedList([4.0, "three", 2, 1]), ll != LinkedList())
try:
    hash(ll)
except TypeError as e:
    print("TypeError", e)
try:
    ll[10]
except IndexError as e:
    print("IndexError", e)
n = Node(3)
try:
    n.other = 1
except AttributeError as e:
    print("AttributeError", e)
print(Node.__slots__, hasattr(n, "__dict__"))
it = iter(ll)
print(next(it), next(it), list(it), list(it))
