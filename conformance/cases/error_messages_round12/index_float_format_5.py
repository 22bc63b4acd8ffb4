# __index__/__float__/__int__ conversions, %-formatting and format specs (5 of 8): each check prints the result or the
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


check('float.__new__(int)', lambda: float.__new__(int))
check('object.__new__(int)', lambda: object.__new__(int))
check('str.__new__(int)', lambda: str.__new__(int))
check('list.__new__(1)', lambda: list.__new__(1))
check("'a'.__add__(1)", lambda: 'a'.__add__(1))
check("str.__add__(1, 'a')", lambda: str.__add__(1, 'a'))
check("'%d' % 'a'", lambda: '%d' % 'a')
check("'%s %s' % (1,)", lambda: '%s %s' % (1,))
check("'%s' % (1, 2)", lambda: '%s' % (1, 2))
check("'%(a)s' % 1", lambda: '%(a)s' % 1)
check("'%z' % 1", lambda: '%z' % 1)
check("'%c' % 1234567", lambda: '%c' % 1234567)
check("'%c' % 'ab'", lambda: '%c' % 'ab')
check("'%x' % 1.5", lambda: '%x' % 1.5)
check("'%d' % MyFloat(1.5)", lambda: '%d' % MyFloat(1.5))
check("'%.*f' % (2, 1.5)", lambda: '%.*f' % (2, 1.5))
