class Node:
    def __init__(self, parent=None): self.parent = parent
    def root_name(self): return self.parent.parent.name
n = Node(Node())
print(n.root_name())
