# A binary search tree of __slots__ nodes: attribute loads and stores.
class Node:
    __slots__ = ("val", "left", "right")
    def __init__(self, val):
        self.val = val; self.left = None; self.right = None
class BST:
    def __init__(self): self.root = None; self.size = 0
    def insert(self, v):
        if self.root is None:
            self.root = Node(v); self.size += 1; return
        n = self.root
        while True:
            if v < n.val:
                if n.left is None: n.left = Node(v); break
                n = n.left
            elif v > n.val:
                if n.right is None: n.right = Node(v); break
                n = n.right
            else: return
        self.size += 1
    def inorder(self):
        out = []; stack = []; n = self.root
        while stack or n:
            while n: stack.append(n); n = n.left
            n = stack.pop(); out.append(n.val); n = n.right
        return out
import random
random.seed(7)
t = BST()
for _ in range(100000): t.insert(random.randint(0, 10**6))
print(t.size, t.inorder()[:5])
