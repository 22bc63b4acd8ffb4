class D(dict):
    def keys(self): print("keys called"); return ["a"]
    def __getitem__(self, k): print("getitem", k); return 99
d = D(a=1, b=2)
print(dict(d)); print({**d}); x = {}; x.update(d); print(x)
def f(**kw): return kw
print(f(**d))
class D(dict):
    def __iter__(self): print("iter called"); return iter(["a"])
d = D(a=1, b=2)
print(dict(d), {**d}, list(d), [k for k in d], sorted(d), set(d))
class D(dict):
    def items(self): print("items"); return [("z", 0)]
d = D(a=1)
print(dict(d), list(d.items()), {k: v for k, v in d.items()})
class M:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k.upper()
print(dict(M()), {**M()}, (lambda **kw: kw)(**M()))
x = {}; x.update(M()); print(x)
class L(list):
    def __iter__(self): print("L iter"); return iter([0])
l = L([1, 2])
print(list(l), tuple(l), [*l], sum(l), len(l), l[:], sorted(l), str(l), max(l), l == [1, 2], "".join(map(str, l)))
class L(list):
    def __len__(self): return 100
    def __getitem__(self, i): return "x"
l = L([1, 2])
print(len(l), l[0], list(l), l, bool(L()), str(l))
