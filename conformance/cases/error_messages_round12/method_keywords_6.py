# Built-in methods with keywords, subclasses and huge indices (6 of 6): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class MyStr(str): pass
class MyBytes(bytes): pass


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check("'ab'.ljust(3, MyStr('-'))", lambda: 'ab'.ljust(3, MyStr('-')))
check("'ab'.ljust(3, '')", lambda: 'ab'.ljust(3, ''))
check("'ab'.ljust(-5)", lambda: 'ab'.ljust(-5))
check("'%5s|' % 'é'", lambda: '%5s|' % 'é')
check("'abc'.split(None, 2**70)", lambda: 'abc'.split(None, 2**70))
check("'abc'.split(None, -2**70)", lambda: 'abc'.split(None, -2**70))
check("'abc'.splitlines(2**70)", lambda: 'abc'.splitlines(2**70))
check("'a'.join(x for x in 'bc')", lambda: 'a'.join(x for x in 'bc'))
check("','.join('abc', 'd')", lambda: ','.join('abc', 'd'))
check("','.join()", lambda: ','.join())
check("str.join(',', 1)", lambda: str.join(',', 1))
check('str.join(1, [])', lambda: str.join(1, []))
check("'a'.__mul__('b')", lambda: 'a'.__mul__('b'))
check("'a'.__rmul__(2)", lambda: 'a'.__rmul__(2))
check("'a'.__mod__(1)", lambda: 'a'.__mod__(1))
check("'a'.__mod__()", lambda: 'a'.__mod__())
