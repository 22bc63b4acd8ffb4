class Node:
    count = 0
    registry = []

    def __init__(self, value, children=None):
        Node.count += 1
        self.id = Node.count
        self.value = value
        self.children = children or []
        Node.registry.append(self)

    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

    def __repr__(self):
        return f"Node({self.value!r})"


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
for depth, v in tree.walk():
    print("  " * depth + v)
print(Node.count, [n.id for n in Node.registry], Node.registry[0])
print(sum(1 for _ in tree.walk()), max(tree.walk())[1])


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)


s = Stack().push(1).push(2).push(3)
out = []
while s:
    out.append(s.pop())
print(out, len(s))
try:
    s.pop()
except IndexError as e:
    print("IndexError", e)
