# dict subclasses overriding item access, __missing__, attribute access and iteration.
class LowerDict(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __contains__(self, k): return super().__contains__(k.lower())
d = LowerDict()
d["A"] = 1
print(d["a"], d["A"], "A" in d, d.get("A"), d, dict(d), list(d.items()))
d2 = LowerDict(B=2)
print(d2, "b" in d2, d2.get("b"))
class Missing(dict):
    def __missing__(self, k):
        print("missing", k)
        return 0
m = Missing(a=1)
print(m["a"], m["zz"], m.get("zz"), "zz" in m, m.setdefault("q", 5), m)
class Attr(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
a = Attr(x=1)
a.y = 2
print(a.x, a.y, a)
try:
    a.nope
except KeyError as e:
    print("KeyError", e)
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
ad = AttrDict(v=3)
print(ad.v, getattr(ad, "w", "none"), hasattr(ad, "v"))
class Ordered(dict):
    def __iter__(self): return iter(sorted(super().__iter__()))
o = Ordered(b=1, a=2, c=3)
print(list(o), [k for k in o], list(o.keys()), dict(o) if False else "", sorted(o.items()))
class Counted(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.appends = 0
    def append(self, x):
        self.appends += 1
        super().append(x)
c = Counted([1])
c.append(2); c += [3]; c.extend([4])
print(c, c.appends, len(c), c[1:], type(c[1:]).__name__, c == [1, 2, 3, 4])
class Default(dict):
    def __init__(self, factory): super().__init__(); self.factory = factory
    def __missing__(self, k):
        v = self[k] = self.factory()
        return v
dd = Default(list)
dd["x"].append(1); dd["x"].append(2); dd["y"]
print(dd, dd.factory.__name__)
class Frozen(dict):
    def __setitem__(self, k, v): raise TypeError("frozen")
    def __hash__(self): return hash(tuple(sorted(self.items())))
f = Frozen(a=1)
try:
    f["b"] = 2
except TypeError as e:
    print("TypeError", e)
f.update(b=2)
print(f, {f: "ok"}[Frozen(a=1, b=2)])
