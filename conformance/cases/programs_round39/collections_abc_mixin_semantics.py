# The collections.abc mixin methods (Sequence, MutableSequence, MutableSet,
# MutableMapping and the views) on small user containers: results and errors.
from collections.abc import MutableSequence, MutableSet, MutableMapping, Sequence, Set, Mapping, KeysView, ItemsView, ValuesView
class Arr(MutableSequence):
    def __init__(self, it=()): self.d = list(it)
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
    def __delitem__(self, i): del self.d[i]
    def insert(self, i, v): self.d.insert(i, v)
    def __repr__(self): return f"Arr({self.d})"
for n in range(6):
    a = Arr(range(n)); a.reverse(); print(a, end=" ")
print()
a = Arr("abcabc")
print(a.index("c"), a.index("c", 3), a.index("a", -3), a.index("b", 0, -1), a.count("a"), list(reversed(a)), "z" in a)
for args in [("c", 3, 4), ("q",), ("a", 10)]:
    try:
        a.index(*args)
    except ValueError as e:
        print("ValueError", repr(e))
a.extend(a); print(a, len(a)); a += "xy"; print(a.pop(), a.pop(0), a); a.remove("c"); print(a); a.clear(); print(a)
class OrdSet(MutableSet):
    def __init__(self, it=()):
        self.d = {}
        for x in it: self.d[x] = None
    def __contains__(self, x): return x in self.d
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def add(self, x): self.d[x] = None
    def discard(self, x): self.d.pop(x, None)
    def __repr__(self): return f"OrdSet({list(self.d)})"
s, t = OrdSet("abcd"), OrdSet("cdef")
print(s & t, s | t, s - t, s ^ t, t - s, "ab" - OrdSet("a") if False else OrdSet("a") <= s, s < s, s <= s, s == OrdSet("dcba"), s != t, s > OrdSet("a"), s >= t)
print(s & "ce", s | ["z"], s - ["a"], ["a", "q"] - s if False else "", s.isdisjoint("xyz"), s.isdisjoint("xa"), OrdSet("ab")._hash() == frozenset("ab").__hash__())
u = OrdSet("abc"); u |= "de"; print(u); u &= "abcx"; print(u); u ^= "bz"; print(u); u -= "a"; print(u)
print(u.pop(), u, u.discard("c") or u); u.clear(); print(u, len(u))
try:
    u.pop()
except KeyError as e:
    print("KeyError", repr(e), e.__context__, e.__suppress_context__)
try:
    OrdSet("a").remove("b")
except KeyError as e:
    print("KeyError", e)
w = OrdSet("ab"); w ^= w; print(w); w = OrdSet("ab"); w -= w; print(w)
class Reg(MutableMapping):
    def __init__(self, *a, **k): self.d = {}; self.update(*a, **k)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f"Reg({self.d})"
r = Reg({"a": 1}, b=2); r.update([("c", 3)]); r.update(Reg(d=4)); r.update({"e": 5}.items())
print(r, r.keys(), r.items(), r.values(), list(r.keys()), ("a", 1) in r.items(), ("a", 2) in r.items(), 3 in r.values(), "z" in r.keys())
print(r.keys() & {"a", "q"}, r.keys() | {"q"}, r.keys() - {"a"}, r.items() & {("b", 2)}, r == {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, r != Reg())
print(r.pop("a"), r.pop("zz", "dflt"), r.popitem(), r.setdefault("b", 9), r.setdefault("n", 0), r.get("n"), len(r), r)
r.clear(); print(r, bool(r))
try:
    r.popitem()
except KeyError as e:
    print("KeyError", repr(e), type(e.__context__).__name__)
try:
    r.pop("gone")
except KeyError as e:
    print("KeyError", e)
print(isinstance(r.keys(), KeysView), isinstance(r.items(), Set), isinstance(r.values(), ValuesView), repr(r.values()))
class Grid(Sequence):
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
g = Grid(6)
print(list(g), g[1:4], g.count(4), 16 in g, list(reversed(g)), g.index(9), max(g), sorted(g, reverse=True)[:2])
