class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)

    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1

    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1

    def pop_front(self):
        if self.head is None:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v

    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return
            prev, cur = cur, cur.next
        raise ValueError(f"{v!r} not in list")

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.push_front(0)
print(ll, len(ll))
ll.remove(1)
print(ll)
ll.reverse()
print(ll, list(ll), 4 in ll, 9 in ll)
print(ll.pop_front(), ll, len(ll))
try:
    ll.remove(42)
except ValueError as e:
    print("ValueError", e)
empty = LinkedList()
print(empty, len(empty), bool(empty))
try:
    empty.pop_front()
except IndexError as e:
    print("IndexError", e)
print(LinkedList("ab") == LinkedList(["a", "b"]), LinkedList([1]) == [1])


def merge_sorted(a, b):
    out = LinkedList()
    ia, ib = iter(a), iter(b)
    x, y = next(ia, None), next(ib, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x <= y):
            out.append(x)
            x = next(ia, None)
        else:
            out.append(y)
            y = next(ib, None)
    return out


print(merge_sorted(LinkedList([1, 4, 9]), LinkedList([2, 3, 10, 11])))
# cycle detection (Floyd)
nodes = [Node(i) for i in range(6)]
for a, b in zip(nodes, nodes[1:]):
    a.next = b
nodes[-1].next = nodes[2]
slow = fast = nodes[0]
steps = 0
while True:
    slow, fast = slow.next, fast.next.next
    steps += 1
    if slow is fast:
        break
print("cycle met at", slow.value, "after", steps)
