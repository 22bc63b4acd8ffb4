# Builtin calls with wrong keywords, counts and types (4 of 6): each check prints the result or the
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


check('issubclass(int, 1)', lambda: issubclass(int, 1))
check('isinstance(1, int | 1)', lambda: isinstance(1, int | 1))
check('int | 1', lambda: int | 1)
check('list[int] | 1', lambda: list[int] | 1)
check('1 | int', lambda: 1 | int)
check('id()', lambda: id())
check('id(1, 2)', lambda: id(1, 2))
check('vars(1)', lambda: vars(1))
check('vars([])', lambda: vars([]))
check('dir(1, 2)', lambda: dir(1, 2))
check('repr()', lambda: repr())
check('ascii(1, 2)', lambda: ascii(1, 2))
check('bool(1, 2)', lambda: bool(1, 2))
check('bool(x=1)', lambda: bool(x=1))
check('list(1)', lambda: list(1))
check('list([], [])', lambda: list([], []))
