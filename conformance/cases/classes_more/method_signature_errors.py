# Wrong argument counts and names for methods, classmethods, staticmethods,
# constructors and dunder hooks: CPython's exact messages.
def t(f):
    try:
        f()
        print("ok")
    except TypeError as e:
        print("TypeError", e)
class K:
    def __init__(self, a, b, /, c, *, d, e=5): pass
    def m(self, x, *args, y, **kw): pass
    def n(self, a, b=1, c=2): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a, b): pass
    def po(self, a, /): pass
t(lambda: K())
t(lambda: K(1))
t(lambda: K(1, 2))
t(lambda: K(1, 2, 3))
t(lambda: K(1, 2, 3, 4, d=1))
t(lambda: K(1, b=2, c=3, d=4))
t(lambda: K(1, 2, c=3, d=4, f=6))
t(lambda: K(1, 2, 3, c=3, d=4))
k = K(1, 2, 3, d=4)
t(lambda: k.m())
t(lambda: k.m(1))
t(lambda: k.m(1, 2, 3, y=1, z=2))
t(lambda: k.n())
t(lambda: k.n(1, 2, 3, 4))
t(lambda: k.n(1, d=4))
t(lambda: k.n(1, a=4))
t(lambda: K.n(k))
t(lambda: K.n())
t(lambda: k.cm())
t(lambda: K.cm(1, 2))
t(lambda: k.sm(1))
t(lambda: K.sm(1, 2, 3))
t(lambda: k.po(a=1))
t(lambda: k.po())
t(lambda: k.po(1, 2))
def many(a, b, c, d): pass
t(lambda: many(1))
t(lambda: many(1, 2))
t(lambda: many(1, 2, 3))
def kwo(*, a, b, c): pass
t(lambda: kwo())
t(lambda: kwo(a=1))
t(lambda: kwo(1))
t(lambda: kwo(1, 2, a=1))
def opt(a, b=2): pass
t(lambda: opt(1, 2, 3))
t(lambda: opt(1, 2, 3, 4))
def noargs(): pass
t(lambda: noargs(1))
t(lambda: noargs(x=1))
t(lambda: noargs(1, x=1))
t(lambda: opt(1, **{"a": 1}))
t(lambda: opt(*[1], **{"b": 2, "c": 3}))
class L:
    def __len__(self, extra): return 1
t(lambda: len(L()))
class G:
    def __getitem__(self): return 1
t(lambda: G()[0])
class Ca:
    def __call__(self, a): pass
t(lambda: Ca()())
t(lambda: Ca()(1, 2))
class Ex:
    def __exit__(self): pass
    def __enter__(self): pass
def w():
    with Ex():
        pass
t(w)
class It:
    def __iter__(self, x): return iter([])
t(lambda: list(It()))
class Eq:
    def __eq__(self): return True
t(lambda: Eq() == 1)
class Rp:
    def __repr__(self, x): return ""
t(lambda: repr(Rp()))
