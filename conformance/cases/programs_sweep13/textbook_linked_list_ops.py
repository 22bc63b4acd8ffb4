class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        for x in reversed(list(iterable)):
            self.head = Node(x, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def remove_all(self, value):
        dummy = Node(None, self.head)
        node = dummy
        while node.next:
            if node.next.value == value:
                node.next = node.next.next
            else:
                node = node.next
        self.head = dummy.next

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


ll = LinkedList([1, 2, 3, 2, 4, 2, 5])
print(ll, "| middle:", ll.middle())
ll.remove_all(2)
print(ll)
ll.reverse()
print(ll, list(ll), sum(ll))
empty = LinkedList()
print(empty, empty.middle())
