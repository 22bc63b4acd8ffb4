# __index__/__float__/__int__ conversions, %-formatting and format specs (3 of 8): each check prints the result or the
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


check('0.0 ** -1', lambda: 0.0 ** -1)
check('10 ** -1.5', lambda: 10 ** -1.5)
check('2 ** 10000.0', lambda: 2 ** 10000.0)
check('1e308 * 10', lambda: 1e308 * 10)
check("float('inf') // 1", lambda: float('inf') // 1)
check('1 // 0.0', lambda: 1 // 0.0)
check('1 % 0', lambda: 1 % 0)
check('1.0 % 0', lambda: 1.0 % 0)
check('divmod(1, 0.0)', lambda: divmod(1, 0.0))
check("int('0x10', 0)", lambda: int('0x10', 0))
check("int('010', 0)", lambda: int('010', 0))
check("int('0b2', 0)", lambda: int('0b2', 0))
check("int(' 1 ')", lambda: int(' 1 '))
check("int('١٢')", lambda: int('١٢'))
check("int('1'*5000)", lambda: int('1'*5000))
check('str(10**5000)', lambda: str(10**5000))
