# The mapping methods of WeakKeyDictionary.
import weakref


class K:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "K%d" % self.n


ks = [K(i) for i in range(4)]
d = weakref.WeakKeyDictionary({ks[0]: "zero"})
d.update({ks[1]: "one"})
print(d.get(ks[0]), d.get(ks[2], "none"), d.setdefault(ks[2], "two"), d.setdefault(ks[2], "x"))
print(sorted((k.n, v) for k, v in d.items()))
print(d.pop(ks[1]), len(d), d.pop(ks[3], "dflt"))
k, v = d.popitem()
print(type(k).__name__, len(d))
print(len(d.keyrefs()), all(isinstance(r, weakref.ref) for r in d.keyrefs()))
c = d.copy()
print(type(c).__name__, len(c))
e = d | {ks[3]: "three"}
print(sorted(v for v in e.values()))
if ks[2] in d:
    del d[ks[2]]
print(len(d))
print(repr(d).startswith("<WeakKeyDictionary at 0x"))
