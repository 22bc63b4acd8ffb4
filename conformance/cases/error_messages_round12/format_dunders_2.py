# format(), f-strings and %-formatting over user __format__/__str__/__repr__ and format specs (2 of 3): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class Fmt:
    def __format__(self, spec): return 'F' + spec
class BadFmt:
    def __format__(self, spec): return 1
class Rep:
    def __repr__(self): return 5
class Str:
    def __str__(self): return None


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check("format(-0.0, '+')", lambda: format(-0.0, '+'))
check("format(float('nan'), '=10')", lambda: format(float('nan'), '=10'))
check("format(1, '')", lambda: format(1, ''))
check("format(1, '<')", lambda: format(1, '<'))
check("format(12345, ',d')", lambda: format(12345, ',d'))
check("format(12345, '_x')", lambda: format(12345, '_x'))
check("format(12345, ',x')", lambda: format(12345, ',x'))
check("format(1.5, '_.2f')", lambda: format(1.5, '_.2f'))
check("format(1j, 'd')", lambda: format(1j, 'd'))
check("format(1j, '%')", lambda: format(1j, '%'))
check("format('abc', '.1')", lambda: format('abc', '.1'))
check("format('abc', '>10.2')", lambda: format('abc', '>10.2'))
check("format('abc', '^=5')", lambda: format('abc', '^=5'))
check("format(5, '^=5')", lambda: format(5, '^=5'))
check("format(5, 'z')", lambda: format(5, 'z'))
check("format(5.0, 'z')", lambda: format(5.0, 'z'))
