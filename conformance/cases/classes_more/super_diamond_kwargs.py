class A:
    def who(self): return ["A"]
    def __init__(self, **kw):
        print("A.__init__", sorted(kw))
class B(A):
    def who(self): return ["B"] + super().who()
    def __init__(self, b=0, **kw):
        print("B.__init__", b)
        super().__init__(**kw)
class C(A):
    def who(self): return ["C"] + super().who()
    def __init__(self, c=0, **kw):
        print("C.__init__", c)
        super().__init__(**kw)
class D(B, C):
    def who(self): return ["D"] + super().who()
    def __init__(self, **kw):
        super().__init__(**kw)
d = D(b=1, c=2)
print(d.who())
print(D.__name__)
print(super(B, d).who())
print(super(C, d).who())
class X: pass
class Y(X): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
class M:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(): return "st"
class N(M):
    @classmethod
    def make(cls): return "N+" + super().make()
print(N.make(), N().make(), N.st(), N().st())
class Base:
    def __repr__(self): return "Base()"
class Der(Base):
    def __repr__(self): return "Der<" + super().__repr__() + ">"
print(repr(Der()), str(Der()))
def outside(self): return super().who()
try:
    class Q(A):
        who = outside
    Q().who()
except RuntimeError as e: print(e)
class S1:
    def f(self):
        return [super().f() for _ in range(1)] if hasattr(super(), 'f') else "none"
print(S1().f())
class G:
    def g(self):
        return (lambda: super().__repr__)() is not None
try:
    print(G().g())
except RuntimeError as e:
    print(e)
try:
    super(int, "x")
except TypeError as e: print(e)
print(super(D, d).who.__name__)
class St:
    def __init__(self):
        self.x = 1
class St2(St):
    def __init__(self):
        super(St2, self).__init__()
        self.y = 2
s = St2(); print(s.x, s.y)
try:
    super().foo
except RuntimeError as e: print(e)
