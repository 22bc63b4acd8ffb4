class _Node:
    __slots__ = ("key", "val", "left", "right")

    def __init__(self, key, val):
        self.key, self.val = key, val
        self.left = self.right = None


class TreeMap:
    def __init__(self):
        self.root = None
        self.size = 0

    def __setitem__(self, key, val):
        def put(node):
            if node is None:
                self.size += 1
                return _Node(key, val)
            if key < node.key:
                node.left = put(node.left)
            elif key > node.key:
                node.right = put(node.right)
            else:
                node.val = val
            return node
        self.root = put(self.root)

    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                self.size -= 1
                if not node.left:
                    return node.right
                if not node.right:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                self.size += 1
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)

    def __len__(self):
        return self.size

    def __iter__(self):
        stack, node = [], self.root
        while stack or node:
            while node:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def items(self):
        return [(k, self[k]) for k in self]

    def height(self, node=...):
        node = self.root if node is ... else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

    def floor(self, key):
        node, best = self.root, None
        while node:
            if node.key <= key:
                best, node = node.key, node.right
            else:
                node = node.left
        return best


tm = TreeMap()
for w in "the quick brown fox jumps over the lazy dog".split():
    tm[w] = tm[w] + 1 if w in set(tm) else 1
print(tm.items(), len(tm), tm.height())
del tm["quick"]
del tm["the"]
print(list(tm), len(tm), tm.floor("m"), tm.floor("a"))
try:
    del tm["cat"]
except KeyError as e:
    print("KeyError", e)
try:
    tm["the"]
except KeyError as e:
    print("KeyError", e)
