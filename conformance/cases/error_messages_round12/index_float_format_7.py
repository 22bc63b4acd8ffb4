# __index__/__float__/__int__ conversions, %-formatting and format specs (7 of 8): each check prints the result or the
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


check("'{0}{}'.format(1, 2)", lambda: '{0}{}'.format(1, 2))
check("'{}{0}'.format(1, 2)", lambda: '{}{0}'.format(1, 2))
check("'{a.b}'.format(a=1)", lambda: '{a.b}'.format(a=1))
check("'{0[}'.format(1)", lambda: '{0[}'.format(1))
check("format(1.5, 'd')", lambda: format(1.5, 'd'))
check("format(1, '.2s')", lambda: format(1, '.2s'))
check("format(1+2j, '=')", lambda: format(1+2j, '='))
check("format(1+2j, '05')", lambda: format(1+2j, '05'))
check("format('a', '05')", lambda: format('a', '05'))
check("format(True, 's')", lambda: format(True, 's'))
check("format(None, 'x')", lambda: format(None, 'x'))
check("format([], '')", lambda: format([], ''))
check("format([], 'x')", lambda: format([], 'x'))
check("format(1, 'x' * 200)", lambda: format(1, 'x' * 200))
check("format(1.0, ',_')", lambda: format(1.0, ',_'))
check("format(1, '_,')", lambda: format(1, '_,'))
