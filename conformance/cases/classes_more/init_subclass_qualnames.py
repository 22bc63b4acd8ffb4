class Base:
    registry = []
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append(cls.__name__)
class A(Base, tag="a"): pass
class B(A): pass
class C(Base, tag="c"):
    pass
print(Base.registry, A.tag, B.tag, C.tag)
try:
    class D(Base, bogus=1): pass
except TypeError as e: print(e)
try:
    class E(object, foo=1): pass
except TypeError as e: print(e)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, **kwargs):
        Plugin.plugins[cls.__name__.lower()] = cls
class Foo(Plugin): pass
class Bar(Plugin): pass
print(sorted(Plugin.plugins))
def deco(cls):
    cls.decorated = True
    return cls
def add_repr(cls):
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in vars_(self).items())})"
    cls.__repr__ = __repr__
    return cls
def vars_(o): return o.__dict__
@deco
@add_repr
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
print(Pt(1, 'a'), Pt.decorated)
print(Pt.__name__, Pt.__qualname__, Pt.__repr__.__qualname__)
class Outer:
    class Inner:
        def m(self): pass
    def f(self):
        def g(): pass
        return g
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer().f().__qualname__)
print(Outer.f.__name__, Outer.__module__)
def make():
    class L: pass
    return L
print(make().__qualname__)
print(type(lambda: 0).__name__, (lambda: 0).__qualname__)
