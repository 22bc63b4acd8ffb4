class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt
        self.value = 5
n = Node(Node(Node()))
print(n.nxt.nxt.value)
print(n.nxt.nxt.nxt.value)
