# Counter counting (collections._count_elements): the direct path for a dict
# with dict's own get and __setitem__, and the generic path through an
# overridden get or __setitem__; errors part-way keep the counts so far.
from collections import Counter, OrderedDict
import collections
print(Counter("abracadabra").most_common())
print(Counter(["a", 1, 1.0, True, (1,), "a"]))
class D(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
d = D()
collections._count_elements(d, "aab")
print(d)
class G(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
g = G()
collections._count_elements(g, "xyx")
print(g)
m = {}
collections._count_elements(m, iter("hello"))
print(m)
class C(Counter):
    def __missing__(self, k): return 100
c = C("aa")
print(c)
c = Counter(a="x")
try:
    c.update("a")
except TypeError as e:
    print("TypeError", e)
print(c)
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError", e)
def gen():
    yield "p"
    yield "q"
    raise ValueError("stop")
c = Counter()
try:
    c.update(gen())
except ValueError as e:
    print("ValueError", e, c)
class K:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.n == o.n
    def __repr__(self): return f"K{self.n}"
print(Counter([K(1), K(2), K(1), K(3)]))
try:
    collections._count_elements(5, "a")
except AttributeError as e:
    print("AttributeError", e)
try:
    collections._count_elements({}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    collections._count_elements({})
except TypeError as e:
    print("TypeError", e)
class Bad(dict):
    pass
b = Bad(); b["z"] = 2**70
collections._count_elements(b, "zz")
print(b)
o = OrderedDict()
collections._count_elements(o, "cba")
print(o)
print(collections._count_elements.__name__)
