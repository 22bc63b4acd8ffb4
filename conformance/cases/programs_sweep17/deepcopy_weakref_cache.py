# Document store with copy semantics (__copy__/__deepcopy__, memo sharing)
# and a weak-reference cache with finalizers.
import copy
import weakref

class Doc:
    instances = 0
    def __init__(self, title, tags=None, parent=None):
        Doc.instances += 1
        self.title = title
        self.tags = tags if tags is not None else []
        self.parent = parent
        self.children = []
        if parent:
            parent.children.append(self)
    def __repr__(self):
        return f"Doc({self.title!r}, tags={self.tags}, kids={len(self.children)})"

class Versioned:
    def __init__(self, data, version=1):
        self.data = data
        self.version = version
    def __copy__(self):
        print("  __copy__ called")
        return Versioned(self.data, self.version)
    def __deepcopy__(self, memo):
        print("  __deepcopy__ called, memo has", len(memo) > 0)
        return Versioned(copy.deepcopy(self.data, memo), self.version + 1)
    def __repr__(self):
        return f"Versioned(v{self.version}, {self.data})"

root = Doc("root", ["a"])
child = Doc("child", ["b"], parent=root)
shared = ["shared"]
pair = [shared, shared, {"k": shared}]
s = copy.copy(root)
d = copy.deepcopy(root)
print(s.tags is root.tags, d.tags is root.tags, d.children[0].parent is d, s.children is root.children)
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[2]["k"] is dp[0], dp[0] is shared)
v = Versioned({"x": [1, 2]})
v2 = copy.copy(v)
v3 = copy.deepcopy(v)
print(v2, v3, v3.data is v.data, v2.data is v.data)
nested = {"v": v, "list": [v, v]}
n2 = copy.deepcopy(nested)
print(n2["list"][0] is n2["v"], n2)
t = (1, [2], "s")
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, "a")) is not None, copy.copy([1]) == [1])
fz = frozenset([1, 2])
print(copy.deepcopy(fz) is fz, copy.copy({1: [2]}), copy.replace if hasattr(copy, "replace") else "no replace")

class Cache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.misses = 0
    def get(self, key, factory):
        obj = self._items.get(key)
        if obj is None:
            self.misses += 1
            obj = factory(key)
            self._items[key] = obj
        return obj

class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Resource({self.name})"

cache = Cache()
r1 = cache.get("a", Resource)
r2 = cache.get("a", Resource)
print(r1 is r2, cache.misses, len(cache._items), sorted(cache._items.keys()))
del r1, r2
print("after del:", len(cache._items), cache.misses)
r3 = cache.get("a", Resource)
print(cache.misses, r3)
events = []
fin = weakref.finalize(r3, events.append, "finalized a")
ref = weakref.ref(r3, lambda w: events.append("ref callback"))
print(fin.alive, ref() is r3)
del r3
print(events, fin.alive, ref())
ws = weakref.WeakSet()
keep = [Resource(i) for i in range(3)]
for k in keep:
    ws.add(k)
print(len(ws))
keep.pop()
print(len(ws), sorted(r.name for r in ws))
wk = weakref.WeakKeyDictionary()
k1 = Resource("k1")
wk[k1] = "meta"
print(dict(wk.items()) == {k1: "meta"}, len(wk))
del k1
print(len(wk))
try:
    weakref.ref(3)
except TypeError as exc:
    print("TypeError:", exc)
class Handler:
    def on(self, x):
        return f"handled {x}"
h = Handler()
wm = weakref.WeakMethod(h.on)
print(wm()(1))
del h
print(wm())
