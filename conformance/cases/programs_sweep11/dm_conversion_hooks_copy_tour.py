import math, copy, operator
class B:
    def __bool__(self): return 1
class Ln:
    def __len__(self): return 2**70
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
class It:
    def __iter__(self): return 5
class Fm: pass
class Fl:
    def __floor__(self): return "floor!"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __index__(self): return 2
for f in [lambda: bool(B()), lambda: len(Ln()), lambda: list(Seq()), lambda: 20 in Seq(), lambda: iter(It()),
          lambda: format(Fm(), "x"), lambda: f"{Fm():>3}", lambda: math.floor(Fl()), lambda: round(Fl()), lambda: round(Fl(), 3),
          lambda: math.trunc(Fl()), lambda: [1, 2, 3][Fl()], lambda: "abcd"[Fl():], lambda: operator.index(Fl()), lambda: bin(Fl()),
          lambda: range(Fl()), lambda: math.ceil(Fl()), lambda: int(Fl()), lambda: float(Fl()), lambda: complex(Fl()),
          lambda: reversed(Seq()), lambda: list(reversed(Seq())), lambda: Fm() < Fm(), lambda: Fm() + 1, lambda: -Fm(),
          lambda: Fm()(), lambda: Fm()[0], lambda: len(Fm()), lambda: abs(Fm())]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class Cp:
    def __init__(self): self.items = [1, [2]]
    def __copy__(self):
        print("copy called"); n = Cp.__new__(Cp); n.items = self.items; return n
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__); n = Cp.__new__(Cp); n.items = copy.deepcopy(self.items, memo); return n
c = Cp(); c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(c2.items is c.items, c3.items == c.items, c3.items[1] is c.items[1])
class Plain:
    def __init__(self): self.a = [1]
p = Plain(); q = copy.copy(p); r = copy.deepcopy(p)
print(q.a is p.a, r.a is p.a, r.a == p.a)
x = [1, 2]; y = [x, x]; z = copy.deepcopy(y); print(z[0] is z[1], z[0] is x)
class A: pass
class Bb: pass
a = A(); a.__class__ = Bb; print(type(a).__name__)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError", e)
print(A.__dict__["__module__"], type(A.__dict__).__name__, "__weakref__" in A.__dict__, A.__doc__)
class Doc:
    "doc here"
    x: int = 3
    y: "str"
print(Doc.__doc__, Doc.__annotations__, Doc.x)
