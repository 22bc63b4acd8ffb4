class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)

    def depth(self):
        return 1 + max(k.depth() for k in self.kids)


t = Tree(1, [Tree(2, [Tree(3)])])
print(t.depth())
