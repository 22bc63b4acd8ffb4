# A user class's __dict__ is a read-only mappingproxy of its own namespace.
class Base:
    kind = "base"
    def shared(self): return 1
class A(Base):
    """Doc of A."""
    x = 5
    def m(self): return 2
    @staticmethod
    def s(): return 3
    @classmethod
    def c(cls): return 4
    @property
    def p(self): return 6
d = A.__dict__
print(type(d).__name__, 'x' in d, 'shared' in d, 'kind' in A.__dict__, 'kind' in Base.__dict__)
print(d['x'], type(d['s']).__name__, type(d['c']).__name__, type(d['p']).__name__, type(d['m']).__name__)
print(sorted(k for k in d if not k.startswith('__')), len([k for k in d if not k.startswith('__')]))
print(d.get('x'), d.get('nope', 'dflt'), d['__doc__'], d['__module__'])
print(sorted(k for k in d.keys() if not k.startswith('__')))
try:
    d['x'] = 1
except TypeError as e:
    print("TypeError", e)
try:
    d['nope']
except KeyError as e:
    print("KeyError", e)
try:
    del d['x']
except TypeError as e:
    print("TypeError", e)
print(d['s'].__func__(), A.__dict__['c'].__func__(A))
c = d.copy()
c['x'] = 99
print(A.x, type(c).__name__)
class E:
    pass
print(sorted(E.__dict__.keys() - {'__dict__', '__weakref__', '__doc__', '__module__'}))
for name, value in A.__dict__.items():
    if callable(value) and not name.startswith('__'):
        print("callable", name)
