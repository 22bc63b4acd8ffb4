class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Target:
    def __init__(self): self.x = 1
    def hello(self): return "hi from target"

t = Target()
p = Proxy(t)
print(p.x, p.hello())
p.y = 2
print(t.y)
del p.x
try:
    p.x
except AttributeError as e:
    print(e)
print(p._log)

class Lazy:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback:{name}"
    secret_x = 5
lz = Lazy()
print(lz.secret_x, lz.other, getattr(lz, "secret_y", "dflt"), hasattr(lz, "secret_z"))

class Seq:
    def __getitem__(self, i):
        if i >= 4: raise IndexError(i)
        return i * i
s = Seq()
print(list(s), 9 in s, 5 in s, list(reversed([*s])), [x for x in s if x])
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())), len(Rev()))
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class Idx:
    def __index__(self): return 2
print([1, 2, 3, 4][Idx()], "abcd"[Idx():], bin(Idx()), range(10)[Idx()], hex(Idx()))
class Missing(dict):
    def __missing__(self, k):
        self[k] = len(k)
        return self[k]
mm = Missing()
print(mm["abc"], mm, mm.get("zz"), "zz" in mm)
