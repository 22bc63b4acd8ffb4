class LinkedList:
    class _Node:
        __slots__ = ("value", "next")
        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for v in reversed(list(iterable)):
            self.push(v)

    def push(self, value):
        self.head = self._Node(value, self.head)
        self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, i):
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


class BST:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

    def insert(self, key):
        side = "left" if key < self.key else "right"
        child = getattr(self, side)
        if child is None:
            setattr(self, side, BST(key))
        else:
            child.insert(key)

    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.key
        if self.right:
            yield from self.right

    def height(self):
        return 1 + max((c.height() for c in (self.left, self.right) if c), default=0)

    def __contains__(self, key):
        node = self
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def levels(self):
        level = [self]
        while level:
            yield [n.key for n in level]
            level = [c for n in level for c in (n.left, n.right) if c]


ll = LinkedList([1, 2, 3, 4])
ll.push(0)
print(ll, len(ll), ll[2], ll[-1], 3 in ll, list(map(str, ll)))
ll.reverse()
print(ll, ll == LinkedList([4, 3, 2, 1, 0]), ll == [4, 3, 2, 1, 0])
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
it = iter(ll)
print(next(it), next(it), list(it), sum(ll), max(ll), sorted(ll))
root = BST(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(list(root), root.height(), 45 in root, 46 in root)
print(list(root.levels()))
gen = iter(root)
print(next(gen), next(gen))
print([k for k in root if k % 20 == 0], dict(zip(root, range(100))).get(65))
a, *rest, z = root
print(a, rest, z)
