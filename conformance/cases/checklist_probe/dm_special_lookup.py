class A:
    pass
a = A()
a.__len__ = lambda: 5
a.__call__ = lambda: "called"
a.__repr__ = lambda: "inst repr"
a.__iter__ = lambda: iter([1])
for f in [lambda: len(a), lambda: a(), lambda: iter(a), lambda: a.__len__(), lambda: a.__call__()]:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
print(repr(a).startswith("<__main__.A object"))
class Cont:
    def __contains__(self, x):
        return x  # non-bool
print(3 in Cont(), 0 in Cont(), "" in Cont(), 0 not in Cont(), [1] in Cont())
class ContNone:
    __contains__ = None
    def __iter__(self):
        return iter([1, 2])
try:
    1 in ContNone()
except TypeError as e:
    print(type(e).__name__, e)
class RevNone:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(RevNone())
except TypeError as e:
    print(type(e).__name__, e)
class SeqLike:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(reversed(SeqLike())), 4 in SeqLike(), list(SeqLike()))
class OnlyGetitem:
    def __getitem__(self, i):
        return i
try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)
class EqRaises:
    def __eq__(self, o):
        raise ValueError("eq boom")
try:
    [1, EqRaises()].index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    EqRaises() in [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
x = EqRaises()
print(x in [x], [x].count(x), [x].index(x))
class EqNonBool:
    def __eq__(self, o):
        return "yes"
print(EqNonBool() == 1, [EqNonBool()].count(1), 1 in [EqNonBool()], (EqNonBool() != 1))
class NoNe:
    def __eq__(self, o):
        return NotImplemented
print(NoNe() == NoNe(), NoNe() != NoNe())
class Desc:
    def __get__(self, inst, owner):
        return ("get", inst is None, owner.__name__)
class DataDesc:
    def __get__(self, inst, owner):
        return "data-get"
    def __set__(self, inst, v):
        print("data-set", v)
class Host:
    d = Desc()
    dd = DataDesc()
h = Host()
print(Host.d, h.d)
h.__dict__["d"] = "instance wins over non-data"
h.__dict__["dd"] = "instance loses to data"
print(h.d, h.dd)
h.dd = 5
try:
    del h.dd
except AttributeError as e:
    print(type(e).__name__, e)
class GA:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"dyn:{name}"
    @property
    def broken(self):
        raise AttributeError("inner missing")
g = GA()
print(g.foo, g.broken, hasattr(g, "_x"), getattr(g, "_y", "dflt"))
class GAttribute:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback {name}"
print(GAttribute().secret, GAttribute().__class__.__name__)
class CP:
    @classmethod
    @property
    def name(cls):
        return f"class prop of {cls.__name__}"
print(CP.name, CP().name)
sm = staticmethod(lambda v: v * 2)
print(sm(4), callable(sm), callable(classmethod(len)))
class Call:
    def __call__(self, *args, **kw):
        return (args, kw)
c = Call()
print(c(1, k=2), callable(c), callable(Call), callable(A()), callable(None))
c.__call__ = None
print(c(3))
len(a)
