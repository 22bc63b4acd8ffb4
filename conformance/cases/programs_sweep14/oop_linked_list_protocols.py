# A singly linked list with iteration, len, indexing, reversed, equality,
# repr, bool, contains, + and slicing into new lists.
class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value, self.next = value, next


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self._len = 0
        for item in reversed(list(items)):
            self.head = Node(item, self.head)
            self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __getitem__(self, index):
        if isinstance(index, slice):
            return LinkedList(list(self)[index])
        if index < 0:
            index += len(self)
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("LinkedList index out of range")

    def __reversed__(self):
        return iter(list(self)[::-1])

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"


ll = LinkedList("abcde")
print(ll, len(ll), ll[0], ll[-1], ll[1:4], list(reversed(ll)), "c" in ll, "z" in ll)
print(bool(LinkedList()), bool(ll), ll == LinkedList("abcde"), ll == list("abcde"))
print(ll + LinkedList([1, 2]), ll + [9], sorted(ll, reverse=True))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
try:
    [0] + ll
except TypeError as e:
    print("TypeError:", e)
print(ll.__hash__, dict.fromkeys(ll, 0))
