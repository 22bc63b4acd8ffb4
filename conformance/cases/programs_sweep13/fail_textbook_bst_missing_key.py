class BST:
    def __init__(self):
        self.root = None

    def insert(self, key, value):
        def _ins(node):
            if node is None:
                return [key, value, None, None]
            if key < node[0]:
                node[2] = _ins(node[2])
            elif key > node[0]:
                node[3] = _ins(node[3])
            else:
                node[1] = value
            return node
        self.root = _ins(self.root)

    def get(self, key):
        node = self.root
        while node is not None:
            if key == node[0]:
                return node[1]
            node = node[2] if key < node[0] else node[3]
        raise KeyError(key)


t = BST()
for k, v in [(50, "a"), (30, "b"), (70, "c"), (60, "d")]:
    t.insert(k, v)
print(t.get(60), t.get(30))
print(t.get(65))
