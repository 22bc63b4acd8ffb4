class Iter(dict):
    def __iter__(self): return iter(["fake"])
    def keys(self): return ["k1"]
    def items(self): return [("i1", 1)]
    def values(self): return ["v"]
    def __getitem__(self, k): return "G:" + str(k)
    def __len__(self): return 42
    def __contains__(self, k): return k == "magic"
i = Iter(real=1)
print(set(i), frozenset(i), list(i), tuple(i), dict.fromkeys(i), sorted(i), min(i), len(i), "real" in i, "magic" in i, bool(i))
s = set(); s.update(i); print(s, {1: 2} == i, i == {"real": 1}, i == Iter(real=1), str(i), repr(i), i.get("real"), i.get("zz", 0))
from collections import Counter, OrderedDict, ChainMap
print(Counter(i), OrderedDict(i), dict(ChainMap(i)), list(ChainMap(i)), [*i], {*i}, {**i})
d = {"x": 0}; d.update(i); print(d)
d2 = {"x": 0}; d2 |= i; print(d2)
print(i | {"y": 1}, {"y": 1} | i)
def kw(**k): return k
print(kw(**i))
import json
print(json.dumps(i), list(reversed(i)), list(i.items()), list(dict.items(i)), list(dict.keys(i)), dict.__len__(i))
class LL(list):
    def __iter__(self): return iter([9])
    def __len__(self): return 7
    def __getitem__(self, k): return "item"
ll = LL([1, 2])
print(ll == [1, 2], [1, 2] == ll, list(ll), ll[0], ll[:], [x for x in ll], sum(ll), any(ll), sorted(ll), " ".join(map(str, ll)), str(ll), ll.index(2), ll.count(1), 1 in ll, 9 in ll, bool(LL()), len(ll))
a, = ll; print(a)
x, *y = LL([1, 2, 3]); print(x, y)
print(*ll, sep="|"); print(max(ll), min(LL([5, 6])), list(zip(ll, "ab")), list(enumerate(ll)), dict(zip("a", ll)), set(ll), tuple(ll), [].extend(ll) or "ext")
m = []; m.extend(ll); m += ll; print(m, m + ll if False else "", [1] + ll, ll + [1], ll * 2, list(reversed(ll)))
class TT(tuple):
    def __iter__(self): return iter("zz")
    def __len__(self): return 1
t = TT((1, 2, 3)); print(list(t), t, t[0], t == (1, 2, 3), len(t), tuple(t), [*t], "%s-%s" % t if False else "", t + (4,), hash(t) == hash((1, 2, 3)))
a1, a2 = t; print(a1, a2)
try: print("{}{}{}".format(*t))
except IndexError as e: print("IndexError", e)
print("{}{}".format(*t), "%s %s %s" % TT(("a", "b", "c")), max(*t), [*t], (*t,))
def star(*a, **k): return a, k
print(star(*t), star(*TT(("q",)), **{"k": 1}), star(1, *t, 2))
class SS(str):
    def __iter__(self): return iter("XY")
    def __len__(self): return 0
    def __getitem__(self, i): return "Q"
ss = SS("abc"); print(list(ss), ss, len(ss), ss[0], "".join(ss), ss.upper(), ss == "abc", set(ss) == {"X", "Y"}, str(ss), ss + "d", [c for c in ss], bool(ss), "b" in ss, sorted(ss))
class Empty(str):
    def __len__(self): return 0
class Full(str):
    def __bool__(self): return True
print(hasattr("", "__bool__"), hasattr(Empty, "__bool__"), bool(Empty("abc")), "t" if Empty("x") else "f", bool(Full("")), not Empty("q"), len(Empty("abc")))
