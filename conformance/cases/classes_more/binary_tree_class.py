class TreeNode:
    def __init__(self, key, value=None):
        self.key = key
        self.value = value
        self.left = self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.count = 0

    def insert(self, key, value=None):
        if self.root is None:
            self.root = TreeNode(key, value)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.value = value
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, TreeNode(key, value))
                self.count += 1
                return
            node = child

    def __contains__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.value
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.left)
                yield n.key
                yield from walk(n.right)
        return walk(self.root)

    def __len__(self):
        return self.count

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def levels(self):
        out, frontier = [], [self.root] if self.root else []
        while frontier:
            out.append([n.key for n in frontier])
            frontier = [c for n in frontier for c in (n.left, n.right) if c]
        return out

    def floor(self, key):
        best, node = None, self.root
        while node:
            if node.key <= key:
                best = node.key
                node = node.right
            else:
                node = node.left
        return best


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k, str(k * 2))
t.insert(40, "forty")
print(list(t), len(t), t.height())
print(t.levels())
print(40 in t, 41 in t, t[40], t[65])
try:
    t[99]
except KeyError as e:
    print("KeyError", e)
print([t.floor(k) for k in (10, 36, 50, 64, 100)])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words), len(words), words.height())


class Expr:
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self):
        l = self.left.eval() if isinstance(self.left, Expr) else self.left
        r = self.right.eval() if isinstance(self.right, Expr) else self.right
        return {"+": l + r, "-": l - r, "*": l * r}[self.op]

    def __str__(self):
        return f"({self.left} {self.op} {self.right})"


e = Expr("*", Expr("+", 1, 2), Expr("-", 10, Expr("*", 2, 3)))
print(e, "=", e.eval())
