# Slot member descriptors applied across layouts: after a (refused) __class__
# swap, on a subclass with extra slots, through multiple inheritance, on
# built-in subclasses made by their native alternate constructors
# (fromkeys, fromhex, X.__new__), on None, classes and other descriptors. In
# CPython each either works on the real layout or refuses; a field read at
# the wrong offset would be a host memory read. __class__ assignment is
# refused by the sandbox (CPython checks layouts instead).
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:70])
    except Exception as e:
        print(label, type(e).__name__, e)
class Wide: __slots__ = ('a', 'b', 'c', 'd', 'e')
class Narrow: __slots__ = ('a',)
class Empty: pass
class NarrowSub(Narrow): __slots__ = ('z',)
n = Narrow()
t('class swap narrow->wide', lambda: setattr(n, '__class__', Wide))
t('read e', lambda: Wide.__dict__['e'].__get__(n))
e = Empty()
t('class swap empty->wide', lambda: setattr(e, '__class__', Wide))
t('class swap wide->empty', lambda: setattr(Wide(), '__class__', Empty))
ns = NarrowSub()
t('sub->base swap', lambda: setattr(ns, '__class__', Narrow))
t('z after', lambda: NarrowSub.__dict__['z'].__get__(ns))
nn = Narrow()
t('base->sub swap', lambda: setattr(nn, '__class__', NarrowSub))
t('z on grown', lambda: NarrowSub.__dict__['z'].__get__(nn))
def mk():
    class X(Wide, Narrow): pass
t('MI conflict', mk)
class A: __slots__ = ()
class B: __slots__ = ('p', 'q', 'r')
class Y(A, B): pass
y = Y()
B.__dict__['r'].__set__(y, 3); t('Y r', lambda: B.__dict__['r'].__get__(y))
class I(int): pass
def mk():
    class Z(int): __slots__ = ('x',)
t('int slots', mk)
def mk():
    class Z(tuple): __slots__ = ('x',)
t('tuple slots', mk)
def mk():
    class Z(str): __slots__ = ('x',)
t('str slots', mk)
def mk():
    class Z(bytes): __slots__ = ('x',)
t('bytes slots', mk)
class Fl(float): __slots__ = ('x', 'y')
f = Fl(1.5)
t('float swap', lambda: setattr(f, '__class__', float))
class L(list): __slots__ = ('x',)
l = L()
t('list->L', lambda: setattr([], '__class__', L))
class LS(list): pass
t('LS->L', lambda: setattr(LS(), '__class__', L))
t('L->LS', lambda: setattr(l, '__class__', LS))
class D(dict): __slots__=('k',)
t('dict desc on L', lambda: D.__dict__['k'].__get__(l))
t('get None', lambda: Wide.__dict__['a'].__get__(None))
t('get None None', lambda: Wide.__dict__['a'].__get__(None, None))
t('get None Wide', lambda: Wide.__dict__['a'].__get__(None, Wide))
t('set None', lambda: Wide.__dict__['a'].__set__(None, 1))
t('del Wide', lambda: Wide.__dict__['a'].__delete__(Wide))
t('desc on desc', lambda: Wide.__dict__['a'].__get__(Wide.__dict__['b']))
t('get kw', lambda: Wide.__dict__['a'].__get__(obj=1))
t('get 3', lambda: Wide.__dict__['a'].__get__(1,2,3))
t('set 1', lambda: Wide.__dict__['a'].__set__(1))
t('delete 0', lambda: Wide.__dict__['a'].__delete__())
class E2(Exception): __slots__ = ('m',)
t('exc swap', lambda: setattr(E2(), '__class__', ValueError))
class V2(ValueError): __slots__ = ('m',)
t('exc swap2', lambda: setattr(ValueError(), '__class__', V2))
class OS2(OSError): __slots__=('m','n')
t('exc swap3', lambda: setattr(Exception(), '__class__', OS2))
t('exc swap4', lambda: setattr(E2(), '__class__', OS2))
# expect-output: class swap narrow->wide TypeError __class__ assignment: 'Wide' object layout differs from 'Narrow'
# expect-output: read e TypeError descriptor 'e' for 'Wide' objects doesn't apply to a 'Narrow' object
# expect-output: class swap empty->wide TypeError __class__ assignment: 'Wide' object layout differs from 'Empty'
# expect-output: class swap wide->empty TypeError __class__ assignment: 'Empty' object layout differs from 'Wide'
# expect-output: sub->base swap TypeError __class__ assignment: 'Narrow' object layout differs from 'NarrowSub'
# expect-output: z after AttributeError 'NarrowSub' object has no attribute 'z'
# expect-output: base->sub swap TypeError __class__ assignment: 'NarrowSub' object layout differs from 'Narrow'
# expect-output: z on grown TypeError descriptor 'z' for 'NarrowSub' objects doesn't apply to a 'Narrow' object
# expect-output: MI conflict TypeError multiple bases have instance lay-out conflict
# expect-output: Y r ok 3
# expect-output: int slots TypeError nonempty __slots__ not supported for subtype of 'int'
# expect-output: tuple slots TypeError nonempty __slots__ not supported for subtype of 'tuple'
# expect-output: str slots TypeError nonempty __slots__ not supported for subtype of 'str'
# expect-output: bytes slots TypeError nonempty __slots__ not supported for subtype of 'bytes'
# expect-output: float swap TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: list->L TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: LS->L TypeError __class__ assignment: 'L' object layout differs from 'LS'
# expect-output: L->LS TypeError __class__ assignment: 'LS' object layout differs from 'L'
# expect-output: dict desc on L TypeError descriptor 'k' for 'D' objects doesn't apply to a 'L' object
# expect-output: get None TypeError __get__(None, None) is invalid
# expect-output: get None None TypeError __get__(None, None) is invalid
# expect-output: get None Wide ok <member 'a' of 'Wide' objects>
# expect-output: set None TypeError descriptor 'a' for 'Wide' objects doesn't apply to a 'NoneType' object
# expect-output: del Wide TypeError descriptor 'a' for 'Wide' objects doesn't apply to a 'type' object
# expect-output: desc on desc TypeError descriptor 'a' for 'Wide' objects doesn't apply to a 'member_descriptor' object
# expect-output: get kw TypeError wrapper __get__() takes no keyword arguments
# expect-output: get 3 TypeError  expected at most 2 arguments, got 3
# expect-output: set 1 TypeError  expected 2 arguments, got 1
# expect-output: delete 0 TypeError expected 1 argument, got 0
# expect-output: exc swap TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: exc swap2 TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: exc swap3 TypeError __class__ assignment only supported for mutable types or ModuleType subclasses
# expect-output: exc swap4 TypeError __class__ assignment: 'OS2' object layout differs from 'E2'
