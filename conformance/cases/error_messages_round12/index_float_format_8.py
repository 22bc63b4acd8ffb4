# __index__/__float__/__int__ conversions, %-formatting and format specs (8 of 8): each check prints the result or the
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


check("format(1, '=s')", lambda: format(1, '=s'))
check("'{:%}'.format(1)", lambda: '{:%}'.format(1))
check('f\'{1:{"q"}}\'', lambda: f'{1:{"q"}}')
check("'{:#c}'.format(65)", lambda: '{:#c}'.format(65))
check("'{:,c}'.format(65)", lambda: '{:,c}'.format(65))
check("'{:#s}'.format('a')", lambda: '{:#s}'.format('a'))
check("'{:-s}'.format('a')", lambda: '{:-s}'.format('a'))
check("'{: s}'.format('a')", lambda: '{: s}'.format('a'))
check("'{:0s}'.format('a')", lambda: '{:0s}'.format('a'))
