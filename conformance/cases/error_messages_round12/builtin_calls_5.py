# Builtin calls with wrong keywords, counts and types (5 of 6): each check prints the result or the
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


check('list(x=1)', lambda: list(x=1))
check("dict(a=1, **{'a': 2})", lambda: dict(a=1, **{'a': 2}))
check('slice()', lambda: slice())
check('slice(1, 2, 3, 4)', lambda: slice(1, 2, 3, 4))
check('slice(1).indices(-1)', lambda: slice(1).indices(-1))
check("slice(1).indices('a')", lambda: slice(1).indices('a'))
check('slice(None, None, 0).indices(5)', lambda: slice(None, None, 0).indices(5))
check('object(1)', lambda: object(1))
check('object(x=1)', lambda: object(x=1))
check('frozenset(1)', lambda: frozenset(1))
check('enumerate()', lambda: enumerate())
check('enumerate(1)', lambda: enumerate(1))
check('iter()', lambda: iter())
check('super()', lambda: super())
check('super(1, 2)', lambda: super(1, 2))
check('property(1, 2, 3, 4, 5)', lambda: property(1, 2, 3, 4, 5))
