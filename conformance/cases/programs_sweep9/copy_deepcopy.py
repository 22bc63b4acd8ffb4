import copy
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self): return f"Node({self.val}, {self.children})"
tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].val = 99
tree.children.append(Node(5))
print(tree); print(shallow); print(deep)
a = [1, [2, 3]]
a.append(a)
b = copy.deepcopy(a)
print(b[2] is b, b[1] is not a[1], b[:2])
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print("copy called"); return Custom(self.x)
    def __deepcopy__(self, memo):
        print("deepcopy called"); return Custom(copy.deepcopy(self.x, memo))
c = Custom([1])
c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(c2.x is c.x, c3.x is c.x, c3.x)
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
d = {"k": {"n": [1]}}
d2 = dict(d); d3 = copy.deepcopy(d)
d["k"]["n"].append(2)
print(d2, d3)
from dataclasses import dataclass, field
@dataclass
class P:
    tags: list = field(default_factory=list)
p = P(["a"]); q = copy.deepcopy(p); p.tags.append("b")
print(p, q, copy.replace if hasattr(copy, "replace") else "noreplace")
