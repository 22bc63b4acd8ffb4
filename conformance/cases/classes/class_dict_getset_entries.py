class A:
    x = 1
print(list(A.__dict__))
class B(A):
    y = 2
print(list(B.__dict__))
class S:
    __slots__ = ('a',)
print(list(S.__dict__))
class L(list): pass
print(list(L.__dict__))
class E(Exception): pass
print(list(E.__dict__))
class D:
    "doc"
    def f(self): pass
print(list(D.__dict__))
print(A.__dict__['__dict__'])
print(A.__dict__['__weakref__'])
a = A(); a.z = 3
print(A.__dict__['__dict__'].__get__(a))
print(A.__dict__['__dict__'].__get__(a, A))
print(type(A.__dict__['__dict__']).__name__)
print(A.__dict__['__weakref__'].__get__(a))
class S2:
    __slots__ = ('a', '__dict__')
print(list(S2.__dict__))
class S3:
    __slots__ = ('__weakref__',)
print(list(S3.__dict__))
class S4(S3): pass
print(list(S4.__dict__))
class S5(S): pass
print(list(S5.__dict__))
class I(int): pass
print(list(I.__dict__))
class T(tuple): pass
print(list(T.__dict__))
class E:
    def __eq__(s, o): return True
print(list(E.__dict__))
class A: pass
class B: pass
class C(A, B): pass
print(list(C.__dict__))
class S:
    __slots__ = ()
class M(S, A):
    __slots__ = ()
print(list(M.__dict__))
class M2(A, S):
    __slots__ = ('q',)
print(list(M2.__dict__))
class W(S):
    __slots__ = ('__dict__', '__weakref__')
print(list(W.__dict__))
class X:
    __dict__ = 5
print(list(X.__dict__), X.__dict__['__dict__'])
a = A()
print(a.__weakref__)
d = A.__dict__['__dict__']
try: d.__get__(1)
except TypeError as e: print(e)
try: d.__set__(a, 5)
except TypeError as e: print(e)
d.__set__(a, {'k': 1}); print(a.k)
d.__delete__(a); print(a.__dict__)
a.z = 1
del a.__dict__
print(a.__dict__)
try: d.__get__(None)
except TypeError as e: print(e)
print(d.__get__(None, A) is d)
print(repr(A.__dict__['__weakref__']))
try: A.__dict__['__weakref__'].__set__(a, 1)
except AttributeError as e: print(e)
class F(frozenset): pass
class Se(set): pass
class St(str): pass
class By(bytes): pass
class Fl(float): pass
class Di(dict): pass
class Ob(object): pass
print([list(k.__dict__) for k in (F, Se, St, By, Fl, Di, Ob)])
class EG(ExceptionGroup): pass
class BEG(BaseExceptionGroup): pass
print(list(EG.__dict__), list(BEG.__dict__))
class P(property): pass
print(list(P.__dict__))
print(sorted(dir(A)))
print(sorted(vars(A)))
print(d.__qualname__ if hasattr(d, '__qualname__') else None)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__dict__['__dict__'].__qualname__, Outer.Inner.__dict__['__weakref__'].__name__)
for bad in [('__weakref__', '__weakref__'), ('__dict__', '__dict__')]:
    try:
        class Bad:
            __slots__ = bad
    except TypeError as e:
        print('TypeError', e)
try:
    class BadI(int):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print('TypeError', e)
print(int.real.__get__(7), int.real.__get__(None, int) is int.real)
try:
    int.real.__set__(7, 1)
except AttributeError as e:
    print('AttributeError', e)
class K:
    def __init__(self):
        self.v = 1
    @property
    def p(self):
        return 2
k = K()
print([n for n in dir(k) if not n.startswith('__') or n in ('__dict__', '__weakref__')])
print(vars(k), k.__dict__ is vars(k))
k.__dict__ = {'v': 9}
print(k.v, vars(k))
del k.__dict__
print(vars(k))
e = ValueError('x')
print(type(e).__name__, list(type('x', (), {}).__dict__) if False else '')
class Err(ValueError):
    pass
print(list(Err.__dict__), Err('m').__dict__)
