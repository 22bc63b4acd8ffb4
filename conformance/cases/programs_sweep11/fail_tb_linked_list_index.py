class Node:
    def __init__(self, v, n=None):
        self.v, self.n = v, n


class LL:
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = Node(v, self.head)

    def __getitem__(self, i):
        node = self.head
        for _ in range(i):
            node = node.n
        return node.v


ll = LL(1, 2, 3)
print(ll[0], ll[2])
print(ll[5])
