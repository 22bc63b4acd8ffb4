# format(), f-strings and %-formatting over user __format__/__str__/__repr__ and format specs (1 of 3): each check prints the result or the
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


check("format(Fmt(), 'xyz')", lambda: format(Fmt(), 'xyz'))
check("format(BadFmt(), '')", lambda: format(BadFmt(), ''))
check("f'{BadFmt()}'", lambda: f'{BadFmt()}')
check('repr(Rep())', lambda: repr(Rep()))
check('str(Str())', lambda: str(Str()))
check("f'{Str()}'", lambda: f'{Str()}')
check("f'{Rep()!r}'", lambda: f'{Rep()!r}')
check("'%s' % Str()", lambda: '%s' % Str())
check("'%r' % Rep()", lambda: '%r' % Rep())
check("format(object(), 'x')", lambda: format(object(), 'x'))
check("format(MyInt(5), 'b')", lambda: format(MyInt(5), 'b'))
check("format(MyInt(5), '#010x')", lambda: format(MyInt(5), '#010x'))
check("format(True, 'd')", lambda: format(True, 'd'))
check("format(True, '')", lambda: format(True, ''))
check("format(1.5, 'n')", lambda: format(1.5, 'n'))
check("format(1e100, 'd')", lambda: format(1e100, 'd'))
