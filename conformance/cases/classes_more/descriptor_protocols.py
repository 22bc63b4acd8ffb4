class Typed:
    def __set_name__(self, owner, name):
        self.name = name
        self.priv = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.priv, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        setattr(obj, self.priv, value)
    def __delete__(self, obj):
        print("delete", self.name)
class Rec:
    a = Typed()
    b = Typed()
r = Rec()
r.a = 3
print(r.a, r.b, type(Rec.a).__name__)
try: r.b = "x"
except TypeError as e: print(e)
del r.a
class NonData:
    def __get__(self, obj, t=None):
        return "nondata"
class H:
    nd = NonData()
h = H()
print(h.nd)
h.nd = "inst"
print(h.nd, H.nd)
class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, t): return self.v
class K:
    c = Const(5)
print(K.c, K().c)
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self, *a): self.calls += 1; return a
class UsesCallable:
    f = Counter()
u = UsesCallable()
print(u.f(1))
class CM:
    @classmethod
    def c(cls, x): return (cls.__name__, x)
    @staticmethod
    def s(x): return x * 2
print(CM.c(1), CM().c(2), CM.s(3), CM().s(4))
print(5)
f = CM.c
print(f.__name__)
class M:
    def m(self): return 1
print(M.m(M()), M().m.__name__, M().m.__func__ is M.m)
try: M.m()
except TypeError as e: print(e)
try: M().m(1)
except TypeError as e: print(e)
class Late: pass
d = Typed()
Late.z = d
l = Late()
try:
    l.z = 4
    print(l.z)
except AttributeError as e: print(e)
