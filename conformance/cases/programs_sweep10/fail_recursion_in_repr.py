class Node:
    def __init__(self, val):
        self.val = val
        self.next = self
    def __repr__(self):
        return f"Node({self.val}, next={self.next!r})"
n = Node(1)
print("made node")
print(repr(n)[:10])
