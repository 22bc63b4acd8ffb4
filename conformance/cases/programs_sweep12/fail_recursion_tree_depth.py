class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)

    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree.total(), tree.depth())
chain = Node(0)
cur = chain
for i in range(1, 2000):
    nxt = Node(i)
    cur.children.append(nxt)
    cur = nxt
print("built chain")
print(chain.depth())
