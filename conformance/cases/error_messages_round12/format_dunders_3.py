# format(), f-strings and %-formatting over user __format__/__str__/__repr__ and format specs (3 of 3): each check prints the result or the
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


check("format(-0.0, 'z.1f')", lambda: format(-0.0, 'z.1f'))
check("format(1, '.0%')", lambda: format(1, '.0%'))
check("format(10**20, 'e')", lambda: format(10**20, 'e'))
check("format(3, '.2e')", lambda: format(3, '.2e'))
check("format(b'a', '')", lambda: format(b'a', ''))
check("format(b'a', 's')", lambda: format(b'a', 's'))
check("'{:{}}'.format(1, 2, 3)", lambda: '{:{}}'.format(1, 2, 3))
check("'{:{}{}}'.format(1, '>', 5)", lambda: '{:{}{}}'.format(1, '>', 5))
check("'{0!r:>10}'.format('a')", lambda: '{0!r:>10}'.format('a'))
check("'{0!s:{1}}'.format('a', 'x')", lambda: '{0!s:{1}}'.format('a', 'x'))
check("'{:{:{}}}'.format(1, 2, 3)", lambda: '{:{:{}}}'.format(1, 2, 3))
