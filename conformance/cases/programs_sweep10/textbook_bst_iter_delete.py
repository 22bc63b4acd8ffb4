class BST:
    class _Node:
        __slots__ = ("key", "left", "right")
        def __init__(self, key): self.key, self.left, self.right = key, None, None
    def __init__(self, keys=()):
        self.root, self.size = None, 0
        for k in keys: self.add(k)
    def add(self, key):
        if self.root is None:
            self.root = self._Node(key); self.size = 1; return True
        n = self.root
        while True:
            if key == n.key: return False
            side = "left" if key < n.key else "right"
            nxt = getattr(n, side)
            if nxt is None:
                setattr(n, side, self._Node(key)); self.size += 1; return True
            n = nxt
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n.key: return True
            n = n.left if key < n.key else n.right
        return False
    def __iter__(self):
        stack, n = [], self.root
        while stack or n:
            while n:
                stack.append(n); n = n.left
            n = stack.pop()
            yield n.key
            n = n.right
    def __reversed__(self):
        def walk(n):
            if n:
                yield from walk(n.right); yield n.key; yield from walk(n.left)
        return walk(self.root)
    def remove(self, key):
        def rm(n, key):
            if n is None: raise KeyError(key)
            if key < n.key: n.left = rm(n.left, key)
            elif key > n.key: n.right = rm(n.right, key)
            else:
                if not n.left: return n.right
                if not n.right: return n.left
                succ = n.right
                while succ.left: succ = succ.left
                n.key = succ.key
                n.right = rm(n.right, succ.key)
            return n
        self.root = rm(self.root, key); self.size -= 1
    def height(self):
        def h(n): return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def __len__(self): return self.size
    def __repr__(self): return f"BST({list(self)})"
t = BST([50, 30, 70, 20, 40, 60, 80, 35, 45, 65])
print(t, len(t), t.height(), 45 in t, 99 in t, list(reversed(t))[:3], t.add(40))
for k in (20, 30, 50, 99):
    try:
        t.remove(k); print("removed", k, t, len(t))
    except KeyError as e:
        print("KeyError", e)
it = iter(t); print(next(it), next(it), sum(t), max(t), sorted(t, reverse=True) == list(reversed(t)))
