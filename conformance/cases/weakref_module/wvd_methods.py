# The mapping methods of WeakValueDictionary.
import weakref


class V:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "V%d" % self.n


vs = [V(i) for i in range(5)]
d = weakref.WeakValueDictionary({"a": vs[0]}, b=vs[1])
d.update([("c", vs[2])])
print(sorted(d.items(), key=lambda kv: kv[0]))
print(d.pop("a"), d.pop("zz", "default"), d.setdefault("b", vs[4]), d.setdefault("d", vs[3]))
k, v = d.popitem()
print(k, v, len(d))
c = d.copy()
print(type(c).__name__, sorted(c.keys()) == sorted(d.keys()))
refs = d.valuerefs()
print(sorted(r().n for r in refs), all(isinstance(r, weakref.KeyedRef) for r in refs))
print(sorted(r.key for r in d.itervaluerefs()))
e = d | {"x": vs[0]}
print(type(e).__name__, sorted(e))
d |= {"y": vs[1]}
print(sorted(d))
del d["y"]
print(sorted(d))
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError", e)
print(repr(d).startswith("<WeakValueDictionary at 0x"))
