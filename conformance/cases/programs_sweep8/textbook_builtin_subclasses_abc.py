from collections.abc import MutableMapping, MutableSequence, Set
from collections import UserDict, UserList, UserString
class Upper(dict):
    def __getitem__(self, k): return super().__getitem__(k.upper())
    def __setitem__(self, k, v): super().__setitem__(k.upper(), v)
u = Upper(); u["a"] = 1; u.update(b=2); u.setdefault("c", 3)
print(u, u["A"], u["a"], u.get("a"), dict(u), {**u}, list(u.items()), Upper(x=1))
class Iter(dict):
    def __iter__(self): return iter(["fake"])
    def keys(self): return ["k1"]
    def __getitem__(self, k): return "G:" + k
i = Iter(real=1)
print(dict(i), list(i), {**i} if False else "", sorted(i), dict(**i) if False else "", i.copy())
def kw(**k): return k
print(kw(**i))
class L(list):
    def __iter__(self): return iter(["x", "y"])
    def __len__(self): return 99
l = L(["a", "b", "c"])
print(list(l), "".join(l), len(l), sorted(l), [*l], tuple(l), l[0], set(l) == {"x", "y"}, max(l), str(l), l + [1])
class S(str):
    def __str__(self): return "custom"
    def upper(self): return "UP"
s = S("abc"); print(s, str(s), f"{s}", "%s" % s, s.upper(), s + "!", s * 2, s[1:], repr(s), "{}".format(s), type(s + "x").__name__)
class Inty(int):
    def __str__(self): return "inty"
    def __repr__(self): return "Inty()"
n = Inty(5); print(n, str(n), repr(n), f"{n}", f"{n!r}", "%d" % n, "%s" % n, n + 1, type(n + 1).__name__, [n], format(n, "03d"))
class Fl(float):
    def __repr__(self): return "Fl!"
print(Fl(1.5), [Fl(2)], f"{Fl(3)}", str(Fl(4)), Fl(1) + 1)
class MM(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v * 10
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
mm = MM(); mm.update({"a": 1}, b=2); mm.setdefault("c", 3); print(dict(mm), mm.pop("a"), mm.get("zz", "d"), "b" in mm, mm.popitem(), len(mm), mm == {"c": 30})
mm.clear(); print(dict(mm), list(mm.keys()), list(mm.values()), bool(mm))
class MS(MutableSequence):
    def __init__(self): self._l = []
    def __getitem__(self, i): return self._l[i]
    def __setitem__(self, i, v): self._l[i] = v
    def __delitem__(self, i): del self._l[i]
    def __len__(self): return len(self._l)
    def insert(self, i, v): self._l.insert(i, v)
ms = MS(); ms.append(1); ms.extend([2, 3]); ms += [4]; ms.reverse(); print(list(ms), ms.pop(), ms.index(2), ms.count(3), 3 in ms, list(reversed(ms))); ms.remove(3); print(list(ms))
class UD(UserDict):
    def __missing__(self, k): return k * 2
ud = UD(a=1); print(ud["a"], ud["zz"], ud, ud.data, "zz" in ud, ud.get("q"), isinstance(ud, MutableMapping))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4], type(ul[1:]).__name__, ul * 2, ul.data)
us = UserString("Hello"); print(us.upper(), us[1:], us + "!", type(us.lower()).__name__, len(us), "ell" in us, us.data)
class FS(Set):
    def __init__(self, it): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
a, b = FS([1, 2, 3]), FS([2, 3, 4]); print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= FS([1, 2, 3, 5]), a.isdisjoint([9]), type(a & b).__name__)
