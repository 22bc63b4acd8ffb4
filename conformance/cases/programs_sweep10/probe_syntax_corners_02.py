class C:
    def __init__(self): self.n = 0
    def __getitem__(self, k): print("get", k); return self.n
    def __setitem__(self, k, val): print("set", k, val); self.n = val
def key(): print("key evaluated"); return "k"
c = C(); c[key()] += 5; print(c.n)
pairs = [(1,), (2,)]
for x, in pairs: print(x)
for a, *rest in ["abc", "de"]: print(a, rest)
for (a, b), c in [((1, 2), 3)]: print(a, b, c)
x = [0, 1, 2, 3, 4, 5]
del x[1::2], x[0]
print(x)
class O: pass
o = O(); o.a = o.b = 1; del o.a, o.b; print(vars(o))
def outer(a, b=lambda: 1):
    def inner(c=a * 2, d=b()):
        return c, d
    return inner
print(outer(5)(), outer(1, lambda: 9)(d=0))
i = 10
def f():
    global i
    i += 1
    def g():
        global i
        i *= 2
    g()
f(); print(i)
x = "global"
class C:
    x = "class"
    def m(self): return x
    y = [x for _ in range(1)]
print(C().m(), C.y)
