# obj.__dir__() and type.__dir__(cls) in CPython's order: the instance dict,
# then each namespace along the bases, depth first; dir() sorts them.
class A:
    """doc"""
    x = 1
    def f(self): pass
class B(A):
    y = 2
    __slots__ = ('s',)
b = B()
b.s = 1
a = A()
a.z = 3
print(list(A.__dict__))
print(list(B.__dict__))
print(a.__dir__())
print(b.__dir__())
print(type(a).__dir__(a) == a.__dir__())
print(dir(a) == sorted(a.__dir__()))
print((5).__dir__())
print(True.__dir__()[:20])
print(ValueError('x').__dir__())
print([].__dir__())
print(type.__dir__(int)[:12])
print(type.__dir__(A))
print(type.__dir__(B) == B.__dir__(B))
print(int.__dir__ is object.__dir__, type.__dir__ is object.__dir__)
try:
    A.__dir__()
except TypeError as e:
    print('TypeError', e)
print(dir(A) == sorted(type.__dir__(A)), dir(int) == sorted(type.__dir__(int)))


class M1:
    m1 = 1


class M2(M1):
    m2 = 1


class M3(M1):
    m3 = 1


class M4(M2, M3):
    m4 = 1


print(type.__dir__(M4)[:10])
print(M4().__dir__()[:10])
print(KeyError().__dir__())
print(ExceptionGroup('x', [ValueError()]).__dir__())
print(type.__dir__(bool))


class E(Exception):
    pass


e = E()
e.q = 1
print(e.__dir__()[:8])
print((1.5).__dir__()[:8], 'x'.__dir__()[-5:], {}.__dir__()[:6], (1, 2).__dir__()[-4:])
print(range(3).__dir__()[:6], set().__dir__()[:6], frozenset().__dir__()[-3:])
print(b''.__dir__()[-6:], bytearray().__dir__()[:5], (1j).__dir__()[:5])
print(None.__dir__()[:5], slice(1).__dir__()[:5], iter([]).__dir__())
