# __index__/__float__/__int__ conversions, %-formatting and format specs (6 of 8): each check prints the result or the
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


check("'%*d' % ('a', 1)", lambda: '%*d' % ('a', 1))
check("b'%s' % 'a'", lambda: b'%s' % 'a')
check("b'%d' % b'1'", lambda: b'%d' % b'1')
check("'{:d}'.format(1.5)", lambda: '{:d}'.format(1.5))
check("'{:s}'.format(1)", lambda: '{:s}'.format(1))
check("'{:x}'.format('a')", lambda: '{:x}'.format('a'))
check("'{:,s}'.format('a')", lambda: '{:,s}'.format('a'))
check("'{:=}'.format('a')", lambda: '{:=}'.format('a'))
check("'{:+}'.format('a')", lambda: '{:+}'.format('a'))
check("'{:.3}'.format(1)", lambda: '{:.3}'.format(1))
check("'{:c}'.format(-1)", lambda: '{:c}'.format(-1))
check("'{:c}'.format(1.0)", lambda: '{:c}'.format(1.0))
check("'{0:{1}}'.format(1, 'q')", lambda: '{0:{1}}'.format(1, 'q'))
check("'{!x}'.format(1)", lambda: '{!x}'.format(1))
check("'{'.format(1)", lambda: '{'.format(1))
check("'}'.format(1)", lambda: '}'.format(1))
