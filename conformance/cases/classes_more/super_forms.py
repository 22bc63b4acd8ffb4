class A:
    def __init__(self): self.log = ["A"]
    @classmethod
    def create(cls): return f"A.create({cls.__name__})"
    @staticmethod
    def st(): return "A.st"
    def __repr__(self): return "A-repr"
    @property
    def p(self): return "A.p"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    @classmethod
    def create(cls): return "B>" + super().create()
    @staticmethod
    def st(): return "B>" + super(B, B).st()
    def __repr__(self): return "B>" + super().__repr__()
    @property
    def p(self): return "B>" + super().p
    def nested(self):
        def inner():
            return super().__repr__()
        return inner()
    def lam(self):
        return (lambda: __class__.__name__)()
    def comp(self):
        return [super().__repr__() for _ in range(1)]
b = B()
print(b.log, B.create(), B.st(), repr(b), b.p, b.lam())
try:
    b.comp()
except TypeError as e:
    print("TypeError in comprehension:", e)
try:
    b.nested()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super()
except RuntimeError as e:
    print("RuntimeError", e)
def free_fn(self):
    return super().__repr__()
B.free = free_fn
try:
    b.free()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(5, b)
except TypeError as e:
    print("TypeError", e)
print(super(B, b).__repr__(), super(A, b).__repr__()[:14] if False else "")
print(super(B, B).create())
s = super(B, b)
try:
    s.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    super(B, b).x = 1
except AttributeError as e:
    print("AttributeError", e)
class C(B):
    def __init__(self):
        super(B, self).__init__()
        self.log.append("C")
print(C().log)
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.tag = cls.__name__
class D(Base): pass
print(D.tag)
class M:
    def meth(self): return __class__
class N(M): pass
print(N().meth().__name__)
class Q:
    def __init__(self):
        print(type(self).__name__, __class__.__name__)
class R(Q): pass
R()
class Mixin:
    def hello(self): return "Mixin>" + super().hello()
class Real:
    def hello(self): return "Real"
class Both(Mixin, Real): pass
print(Both().hello())
try:
    Mixin().hello()
except AttributeError as e:
    print("AttributeError", e)
class WithNew:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst
print(WithNew(1, 2).args)
class SubList(list):
    def append(self, x):
        super().append(x * 2)
sl = SubList([1]); sl.append(5); print(sl, len(sl), type(sl).__name__)
class SubDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
sd = SubDict(); sd["ABC"] = 1; sd.update(XYZ=2); print(sd)
