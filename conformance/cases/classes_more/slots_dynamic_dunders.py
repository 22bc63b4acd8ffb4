class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
try: p.z = 3
except AttributeError as e: print(e)
del p.x
try: p.x
except AttributeError as e: print(e)
try: del p.x
except AttributeError as e: print(e)
class Q(P):
    pass
q = Q(1, 2)
q.z = 5
print(q.z)
class R(P):
    __slots__ = ("w",)
r = R(1, 2); r.w = 3
try: r.v = 1
except AttributeError as e: print(e)
print(r.w)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
class Cnt:
    count = 0
    def __init__(self):
        Cnt.count += 1
        self.id = Cnt.count
a, b = Cnt(), Cnt()
print(a.id, b.id, Cnt.count, a.count)
a.count = 100
print(Cnt.count, a.count, b.count)
class Shadow:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shadow(), Shadow()
s1.add(1); s2.add(2)
print(Shadow.items, s1.items is s2.items)
class Meth:
    def f(self): return "method"
m = Meth()
m.f = lambda: "instance attr"
print(m.f(), Meth.f(m))
del m.f
print(m.f())
class CallableCls:
    def __call__(self, x): return x + 1
print(CallableCls()(1), callable(CallableCls()), callable(CallableCls), callable(Meth()), callable(len))
class Dyn: pass
Dyn.added = lambda self: "dyn"
print(Dyn().added())
Dyn.__repr__ = lambda self: "DynRepr"
print(repr(Dyn()), [Dyn()])
Dyn.__eq__ = lambda self, o: True
print(Dyn() == 1)
Dyn.__len__ = lambda self: 3
print(len(Dyn()), bool(Dyn()))
class Sub(Dyn): pass
print(repr(Sub()), len(Sub()))
Dyn.__add__ = lambda self, o: "added"
print(Dyn() + 1, Sub() + 1)
del Dyn.__len__
try: len(Dyn())
except TypeError as e: print(e)
print(isinstance(True, int), isinstance(1, (str, (float, int))), issubclass(Sub, (int, Dyn)), isinstance(Sub(), Dyn))
print(type(Sub()) is Sub, type(Sub()) == Dyn, Sub.__name__, Sub().__class__.__name__)
print(type(1), type("a"), type([]), type(None), type(type), type(len))
class WithDoc:
    """Docstring here."""
    def m(self):
        """Method doc."""
print(WithDoc.__doc__, WithDoc.m.__doc__, WithDoc().m.__doc__)
class NoDoc: pass
print(NoDoc.__doc__)
def fn(): "fdoc"
print(fn.__doc__, fn.__name__, fn.__qualname__)
fn.attr = 5
print(fn.attr)
print(object.__name__, int.__qualname__, len.__name__, [].append.__name__, str.upper.__qualname__)
print("abc".upper.__qualname__, dict.fromkeys.__qualname__, int.__add__.__qualname__, (1).__add__.__qualname__)
print(int.__add__.__name__, list.__len__.__qualname__, object.__init__.__qualname__)
