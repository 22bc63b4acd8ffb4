class Node:
    def __init__(self, value):
        self.value = value
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.value!r}, parent={self.parent!r})"


root = Node("root")
a = root.add(Node("a"))
print(repr(a))
root.parent = a
print(repr(root))
