# Builtin calls with wrong keywords, counts and types (3 of 6): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('None < None', lambda: None < None)
check('1j < 1j', lambda: 1j < 1j)
check("-'a'", lambda: -'a')
check('+[]', lambda: +[])
check('~1.5', lambda: ~1.5)
check('(1).x', lambda: (1).x)
check("setattr(1, 'y', 2)", lambda: setattr(1, 'y', 2))
check('getattr(1, 2)', lambda: getattr(1, 2))
check("getattr(1, 'zz')", lambda: getattr(1, 'zz'))
check("getattr(1, 'zz', None)", lambda: getattr(1, 'zz', None))
check('hasattr(1, 2)', lambda: hasattr(1, 2))
check("delattr([], 'append')", lambda: delattr([], 'append'))
check('type(1, 2)', lambda: type(1, 2))
check('type()', lambda: type())
check('isinstance(1, (int, 1))', lambda: isinstance(1, (int, 1)))
check('issubclass(int, (int, 1))', lambda: issubclass(int, (int, 1)))
