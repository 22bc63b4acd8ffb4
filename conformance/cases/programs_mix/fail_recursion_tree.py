class Node:
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []

    def add(self, value):
        child = Node(value, self)
        self.children.append(child)
        return child

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()


root = Node("root")
a = root.add("a")
b = a.add("b")
print(b.depth(), [c.value for c in a.children])
root.parent = b
print(b.depth())
