# copy.copy and copy.deepcopy: shared and cyclic structures, hooks, user classes and containers.
import copy
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
t(lambda: (a, b, c))
t(lambda: (b[1] is a[1], c[1] is a[1]))
class P:
    def __init__(self, x, tags): self.x, self.tags = x, tags
    def __repr__(self): return f"P({self.x}, {self.tags})"
p = P(1, ["a"])
q = copy.copy(p); r = copy.deepcopy(p)
p.tags.append("b")
t(lambda: (p, q, r, q.tags is p.tags, r.tags is p.tags, type(r) is P))
shared = [1]
x = [shared, shared]
y = copy.deepcopy(x)
t(lambda: (y, y[0] is y[1], y[0] is shared))
cyc = [1]; cyc.append(cyc)
z = copy.deepcopy(cyc)
t(lambda: (z[1] is z, z is not cyc))
t(lambda: copy.deepcopy((1, 2, "s")) == (1, 2, "s"))
tup = (1, [2])
t(lambda: (copy.deepcopy(tup), copy.deepcopy(tup)[1] is tup[1], copy.copy(tup) is tup))
class WithHooks:
    def __init__(self, v): self.v = v
    def __copy__(self): return WithHooks(self.v + 1)
    def __deepcopy__(self, memo): return WithHooks(self.v + 100)
t(lambda: (copy.copy(WithHooks(1)).v, copy.deepcopy(WithHooks(1)).v))
class L(list):
    pass
l = L([1, [2]]); l.attr = "x"
m = copy.deepcopy(l)
t(lambda: (m, type(m).__name__, m.attr, m[1] is l[1]))
t(lambda: copy.deepcopy({1: {2, 3}, "f": frozenset([1])}))
t(lambda: copy.copy({1: 2}))
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict
Pt = namedtuple("Pt", "x y")
t(lambda: copy.deepcopy(Pt(1, [2])))
t(lambda: copy.deepcopy(Counter("aab")))
t(lambda: copy.deepcopy(defaultdict(list, {"a": [1]})))
t(lambda: copy.deepcopy(deque([1, [2]])))
grid = [[0] * 3 for _ in range(2)]
g2 = copy.deepcopy(grid); g2[0][0] = 1
t(lambda: (grid, g2))
t(lambda: copy.copy(len) is len)
