import re, math, collections, functools
def shape(x):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(x))
def top(): pass
class K:
    """K's doc."""
    def meth(self):
        "meth doc"
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    @property
    def prop(self): return 1
    class Inner:
        def deep(self):
            def local(): pass
            return local
k = K()
for obj in [top, K, K.meth, k.meth, K.cm, k.cm, K.sm, K.prop, K.Inner, K.Inner.deep, K.Inner().deep(),
            k, len, print, [].append, "".join, str.join, dict.fromkeys, int.from_bytes, object.__init__,
            object().__init__, int.__add__, (1).__add__, math, math.sqrt, collections.OrderedDict,
            functools.partial(top), type, object, None.__class__, lambda: 0,
            (x for x in []), iter([]), iter(()), iter(range(3)), iter({}), iter(""), reversed([]),
            map(str, []), filter(None, []), zip(), enumerate([]), range(1, 5, 2), slice(1, None),
            {}.keys(), {}.values(), {}.items(), property(), staticmethod(top), classmethod(top),
            super(K, k), NotImplemented, Ellipsis, K.__dict__['meth'], K.__dict__['cm'],
            K.__dict__['__dict__'], int.real, str.__dict__ if False else None]:
    print(type(obj).__name__, '|', shape(obj))
print(top.__name__, top.__qualname__, top.__module__, top.__doc__)
print(K.Inner.deep.__qualname__, K.Inner().deep().__qualname__, K.Inner.__qualname__)
print(K.__doc__, K.meth.__doc__, k.meth.__doc__, K.__module__, K.__name__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, str.join.__qualname__)
print(type(k).__name__, type(K).__name__, type(len).__name__, type(k.meth).__name__, type(K.sm).__name__)
print(k.meth.__func__ is K.meth)
print(math.__name__, collections.__name__, type(math).__name__)
print(sorted(vars(K)))
print(sorted(n for n in dir(K) if not n.startswith('__')))
print(sorted(n for n in dir(k) if not n.startswith('__')))
k.extra = 1
print(vars(k), sorted(n for n in dir(k) if not n.startswith('_')))
class Sl:
    __slots__ = ('a', 'b')
s = Sl(); s.a = 1
print(sorted(n for n in dir(s) if not n.startswith('__')), Sl.__slots__, shape(Sl.a))
try:
    vars(s)
except TypeError as e:
    print("TypeError", e)
try:
    s.c = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
print(K.meth.__defaults__, (lambda a=1, *, b=2: 0).__kwdefaults__, (lambda a=1: 0).__defaults__)
def ann(a: int, b: str = "x") -> bool: pass
print(ann.__annotations__)
print(callable(K), callable(k), callable(k.meth), callable(None))
print(isinstance(K.meth, type(top)), K.__class__, k.__class__)
print(shape(object()), shape(k)[:20])
