# Builtin calls with wrong keywords, counts and types (2 of 6): each check prints the result or the
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


check("max('ab', key=len, default=0)", lambda: max('ab', key=len, default=0))
check('max()', lambda: max())
check('max(1)', lambda: max(1))
check('min(1, 2, 3, key=lambda x: -x)', lambda: min(1, 2, 3, key=lambda x: -x))
check('[1, 2, 3][::0]', lambda: [1, 2, 3][::0])
check('[1, 2, 3][1:2:0]', lambda: [1, 2, 3][1:2:0])
check("[1, 2, 3]['a':]", lambda: [1, 2, 3]['a':])
check('[1, 2, 3][1.5:]', lambda: [1, 2, 3][1.5:])
check("'abc'[::I()]", lambda: 'abc'[::I()])
check('(1, 2)[::MyInt(-1)]', lambda: (1, 2)[::MyInt(-1)])
check('range(10)[::0]', lambda: range(10)[::0])
check('range(10)[1.5:]', lambda: range(10)[1.5:])
check("b'abc'[::0]", lambda: b'abc'[::0])
check("1 < 'a'", lambda: 1 < 'a')
check('[] < ()', lambda: [] < ())
check('{} < {}', lambda: {} < {})
