# Argument-count and keyword errors for every kind of callable.
def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1, *, c, d): pass
def f4(a, /, b, *, c=3): pass
def f5(*args, k): pass
def f6(a, b, c, d=4, e=5): pass
def f7(**kw): pass
def f8(x, *a, y=1, **kw): pass
lam = lambda p, q=2: p + q
class C:
    def m(self, a): pass
    @classmethod
    def cm(cls, a, b): pass
    @staticmethod
    def sm(a): pass
class I:
    def __init__(self, x, y): pass
class N:
    pass
cases = [
    lambda: f0(1),
    lambda: f0(1, 2),
    lambda: f0(a=1),
    lambda: f1(),
    lambda: f1(1, 2),
    lambda: f1(b=2),
    lambda: f1(1, a=1),
    lambda: f2(),
    lambda: f2(1),
    lambda: f2(1, 2, 3),
    lambda: f3(1),
    lambda: f3(1, c=1),
    lambda: f3(1, 2, 3),
    lambda: f3(1, 2, 3, c=1, d=2),
    lambda: f3(1, x=1, c=1, d=2),
    lambda: f4(a=1, b=2),
    lambda: f4(1, 2, 3),
    lambda: f4(1),
    lambda: f4(1, 2, c=1, a=5),
    lambda: f5(1, 2),
    lambda: f5(k=1, j=2),
    lambda: f6(),
    lambda: f6(1),
    lambda: f6(1, 2, 3, 4, 5, 6),
    lambda: f6(1, 2, 3, 4, 5, 6, 7),
    lambda: f6(1, b=2, c=3, a=4),
    lambda: f7(1),
    lambda: f7(1, x=2),
    lambda: f8(),
    lambda: f8(1, x=2),
    lambda: f8(*[1, 2], **{'x': 3}),
    lambda: f8(1, **{'y': 1}, **{'y': 2}),
    lambda: f1(**{1: 2}),
    lambda: f1(*5),
    lambda: f1(**[1]),
    lambda: lam(),
    lambda: lam(1, 2, 3),
    lambda: lam(1, r=3),
    lambda: C().m(),
    lambda: C().m(1, 2),
    lambda: C.m(1),
    lambda: C.m(),
    lambda: C().m(1, a=2),
    lambda: C.cm(1),
    lambda: C().cm(1, 2, 3),
    lambda: C.sm(),
    lambda: C().sm(1, 2),
    lambda: I(),
    lambda: I(1),
    lambda: I(1, 2, 3),
    lambda: I(1, y=2, z=3),
    lambda: N(1),
    lambda: N(a=1),
    lambda: object(1),
    lambda: int(1, 2, 3),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: abs(),
    lambda: divmod(1),
    lambda: isinstance(1),
    lambda: sorted([1], 1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(),
    lambda: "x".split(1, 2, 3),
    lambda: "x".join(),
    lambda: dict(1, 2),
    lambda: max(),
    lambda: min(1),
    lambda: sum(),
    lambda: print(sepx=1),
    lambda: range(),
    lambda: range(1, 2, 3, 4),
    lambda: zip(1),
    lambda: enumerate(),
    lambda: getattr(1),
    lambda: "abc".replace("a"),
    lambda: [].sort(1),
    lambda: [].sort(key=1, reversed=True),
]
for i, c in enumerate(cases):
    try:
        c()
        print(i, 'no error')
    except TypeError as e:
        print(i, 'TypeError:', e)
