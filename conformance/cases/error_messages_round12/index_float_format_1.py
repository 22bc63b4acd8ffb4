# __index__/__float__/__int__ conversions, %-formatting and format specs (1 of 8): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class BadI:
    def __index__(self): return 'x'
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
class F:
    def __float__(self): return 1.5
class BadF:
    def __float__(self): return 1
class Int:
    def __int__(self): return 3
class BadInt:
    def __int__(self): return 'x'
class Trunc:
    def __trunc__(self): return 4


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('int(BadI())', lambda: int(BadI()))
check('int(Int())', lambda: int(Int()))
check('int(BadInt())', lambda: int(BadInt()))
check('int(F())', lambda: int(F()))
check('float(BadF())', lambda: float(BadF()))
check('float(I())', lambda: float(I()))
check('float(Int())', lambda: float(Int()))
check('complex(BadF())', lambda: complex(BadF()))
check("'abc'[BadI()]", lambda: 'abc'[BadI()])
check('[1,2][BadI()]', lambda: [1,2][BadI()])
check('range(BadI())', lambda: range(BadI()))
check('chr(BadI())', lambda: chr(BadI()))
check('bin(BadI())', lambda: bin(BadI()))
check("'ab' * BadI()", lambda: 'ab' * BadI())
check('[1] * 2**100', lambda: [1] * 2**100)
