# Constructing user classes: __init__ with defaults, keywords and *args,
# super() chains, bad returns, generator __init__, deep recursion through
# __init__, abstract classes, built-in bases, __new__ overrides, slots.
import abc, dataclasses
class A:
    def __init__(self, x, y=2, *, z=3):
        self.t = (x, y, z)
a = A(1); print(a.t, A(1, 5, z=9).t, A(x=4).t)
class B(A):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.b = True
print(B(7).t, B(7, z=0).t)
for bad in [lambda: A(), lambda: A(1, 2, 3), lambda: A(1, q=2)]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
class R:
    def __init__(self): return 5
try: R()
except TypeError as e: print(e)
class G:
    def __init__(self): yield 1
try: G()
except TypeError as e: print(e)
class N:
    def __init__(self, n): self.child = N(n - 1) if n else None
def depth(o):
    d = 0
    while o: o = o.child; d += 1
    return d
print(depth(N(50)))
try: N(10**4)
except RecursionError as e: print("RecursionError", e)
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init__(self, v): self.v = v
class C(Abs):
    def f(self): return self.v
print(C(3).f())
try: Abs(1)
except TypeError as e: print(e)
class L(list):
    def __init__(self, n): super().__init__(range(n))
print(L(4))
@dataclasses.dataclass
class P:
    x: int
    y: int = 0
print(P(1), P(2, y=3))
class S:
    __slots__ = ("a",)
    def __init__(self, a): self.a = a
print(S(5).a)
class E:
    def __init__(self):
        raise ValueError("boom")
def make(): return E()
try: make()
except ValueError as e: print("caught", e)
class NoInit: pass
try: NoInit(1)
except TypeError as e: print(e)
class NewOnly:
    def __new__(cls, *a): 
        o = super().__new__(cls); o.a = a; return o
print(NewOnly(1, 2).a)
class Both:
    def __new__(cls, x): return super().__new__(cls)
    def __init__(self, x): self.x = x
print(Both(8).x)
class Ret:
    def __init__(self): return None
print(type(Ret()).__name__)
x = [A(i).t[0] for i in range(5)]; print(x)
class R2:
    def __init__(self): return []
R2()
