class BST:
    class Node:
        def __init__(self, key):
            self.key, self.left, self.right = key, None, None

    def __init__(self, keys=()):
        self.root = None
        self.n = 0
        for k in keys:
            self.add(k)

    def add(self, key):
        if self.root is None:
            self.root = self.Node(key)
            self.n += 1
            return
        cur = self.root
        while True:
            if key == cur.key:
                return
            side = "left" if key < cur.key else "right"
            nxt = getattr(cur, side)
            if nxt is None:
                setattr(cur, side, self.Node(key))
                self.n += 1
                return
            cur = nxt

    def __iter__(self):
        stack, cur = [], self.root
        while stack or cur:
            while cur:
                stack.append(cur)
                cur = cur.left
            cur = stack.pop()
            yield cur.key
            cur = cur.right

    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def floor(self, x):
        cur, best = self.root, None
        while cur:
            if cur.key <= x:
                best, cur = cur.key, cur.right
            else:
                cur = cur.left
        return best

    def __len__(self):
        return self.n

    def __contains__(self, k):
        return any(k == x for x in self)


t = BST([50, 30, 70, 20, 40, 60, 80, 30, 65])
print(list(t), len(t), t.height(), 65 in t, 66 in t)
print([t.floor(x) for x in (10, 20, 55, 69, 100)])
print(BST(range(10)).height(), BST().height(), list(BST("banana")))
