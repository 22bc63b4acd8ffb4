# __index__/__float__/__int__ conversions, %-formatting and format specs (4 of 8): each check prints the result or the
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


check("float('1e500')", lambda: float('1e500'))
check("float('nan').as_integer_ratio()", lambda: float('nan').as_integer_ratio())
check("int(float('nan'))", lambda: int(float('nan')))
check("int(float('inf'))", lambda: int(float('inf')))
check('(1.5).hex(1)', lambda: (1.5).hex(1))
check("float.fromhex('0x1p10000')", lambda: float.fromhex('0x1p10000'))
check('complex(1, 1j)', lambda: complex(1, 1j))
check("complex('1', '2')", lambda: complex('1', '2'))
check("complex(MyStr('1+2j'))", lambda: complex(MyStr('1+2j')))
check('abs(-MyInt(3))', lambda: abs(-MyInt(3)))
check('hash(MyInt(5)) == hash(5)', lambda: hash(MyInt(5)) == hash(5))
check("(1).__add__('a')", lambda: (1).__add__('a'))
check('(1).__add__()', lambda: (1).__add__())
check('int.__add__(1.0, 1)', lambda: int.__add__(1.0, 1))
check('int.__new__(str)', lambda: int.__new__(str))
check("int.__new__(MyInt, '5')", lambda: int.__new__(MyInt, '5'))
