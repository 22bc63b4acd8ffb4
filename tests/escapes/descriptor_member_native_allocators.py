# Slot member descriptors of built-in subclasses whose instances come from
# native alternate constructors (dict.fromkeys, float.fromhex, X.__new__(Sub)):
# the instance must be allocated with the subclass's size, or the slot
# fields lie past the object. Matches CPython.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

# subclass of builtin with slots, instances made by native alternate constructors
class D(dict): __slots__ = ('a','b','c','d')
class L(list): __slots__ = ('a','b','c','d')
class F(float): __slots__ = ('a','b','c','d')
class S(set): __slots__ = ('a','b','c','d')
class FS(frozenset): __slots__ = ('a','b','c','d')
class BA(bytearray): __slots__ = ('a','b','c','d')
class E(Exception): __slots__ = ('a','b','c','d')
class OE(OSError): __slots__ = ('a','b','c','d')
class CX(complex): __slots__ = ('a','b','c','d')
for cls, makers in [
    (D, [lambda: D.fromkeys(range(3)), lambda: dict.__new__(D), lambda: object.__new__(D) ]),
    (L, [lambda: list.__new__(L)]),
    (F, [lambda: F.fromhex('1.0'), lambda: float.__new__(F, 2.0), lambda: F(3)]),
    (S, [lambda: set.__new__(S)]),
    (FS, [lambda: frozenset.__new__(FS, [1])]),
    (BA, [lambda: BA.fromhex('00'), lambda: bytearray.__new__(BA)]),
    (E, [lambda: Exception.__new__(E), lambda: BaseException.__new__(E)]),
    (OE, [lambda: OSError.__new__(OE, 2, 'x'), lambda: OSError.__new__(OE)]),
    (CX, [lambda: complex.__new__(CX, 1)]),
]:
    for i, mk in enumerate(makers):
        try:
            o = mk()
        except Exception as e:
            print(cls.__name__, i, 'make', type(e).__name__, e); continue
        for n in 'abcd':
            cls.__dict__[n].__set__(o, n * 3)
        print(cls.__name__, i, type(o).__name__, [cls.__dict__[n].__get__(o) for n in 'abcd'])
# expect-output: D 0 D ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: D 1 D ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: D 2 make TypeError object.__new__(D) is not safe, use D.__new__()
# expect-output: L 0 L ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: F 0 F ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: F 1 F ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: F 2 F ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: S 0 S ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: FS 0 FS ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: BA 0 BA ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: BA 1 BA ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: E 0 E ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: E 1 E ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: OE 0 OE ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: OE 1 OE ['aaa', 'bbb', 'ccc', 'ddd']
# expect-output: CX 0 CX ['aaa', 'bbb', 'ccc', 'ddd']
