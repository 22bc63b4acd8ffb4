class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for x in reversed(list(items)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def remove(self, value):
        prev, node = None, self.head
        while node:
            if node.value == value:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self._len -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


ll = LinkedList([3, 1, 4, 1, 5, 9, 2, 6])
print(ll, len(ll), ll[0], ll[-1], ll[2:5], ll.middle())
ll.remove(1)
print(ll, len(ll))
print(ll.reverse(), sorted(ll), sum(ll), max(ll), 9 in ll, 7 in ll)
print(ll + LinkedList("ab"), LinkedList() == LinkedList([]), LinkedList([1]) == [1])
for bad in (lambda: ll[99], lambda: ll.remove(42)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(list(enumerate(LinkedList("xyz"))), LinkedList().middle(), LinkedList([1, 2]).middle())
