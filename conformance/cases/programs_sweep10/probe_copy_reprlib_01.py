import copy
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = {"k": [2]}
s = S(); t = copy.deepcopy(s); u = copy.copy(s)
print(t.a == s.a, t.a is s.a, u.a is s.a, t.b["k"] is s.b["k"])
import copy
class D(dict):
    pass
d = D(a=[1]); d.extra = "x"
e = copy.copy(d); f = copy.deepcopy(d)
print(type(e).__name__, e, e.extra, f["a"] is d["a"], f.extra)
import copy
a = [1, 2]; a.append(a); b = copy.deepcopy(a); print(b[2] is b, b[2] is a, b)
x = {"self": None}; x["self"] = x; y = copy.deepcopy(x); print(y["self"] is y)
import copy
class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)
tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree); t2.children[1].children[0].v = 40
print(tree.children[1].children[0].v, t2.children[1].children[0].v, copy.copy(tree).children is tree.children)
import copy
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy((1, 2)) , copy.deepcopy(frozenset({1})), copy.copy(range(3)), copy.deepcopy(len) is len)
import copy
class R:
    def __reduce__(self): return (R, ())
print(type(copy.copy(R())).__name__)
