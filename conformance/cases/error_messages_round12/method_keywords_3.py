# Built-in methods with keywords, subclasses and huge indices (3 of 6): each check prints the result or the
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


check("'a'.isdigit(1)", lambda: 'a'.isdigit(1))
check("'a'.casefold(1)", lambda: 'a'.casefold(1))
check('(1,).__getitem__()', lambda: (1,).__getitem__())
check('{}.__getitem__()', lambda: {}.__getitem__())
check('frozenset().__contains__()', lambda: frozenset().__contains__())
check('set().__init__(1)', lambda: set().__init__(1))
check('[].__init__(1, 2)', lambda: [].__init__(1, 2))
check('list.__init__(1)', lambda: list.__init__(1))
check('dict.__init__({}, 1, 2)', lambda: dict.__init__({}, 1, 2))
check('int.__init__(1, 2, 3)', lambda: int.__init__(1, 2, 3))
check("'{}'.format_map(1)", lambda: '{}'.format_map(1))
check("'{a}'.format_map({})", lambda: '{a}'.format_map({}))
check("'{a}'.format_map([])", lambda: '{a}'.format_map([]))
check('str.format()', lambda: str.format())
check("'x'.format(1, 2, a=3)", lambda: 'x'.format(1, 2, a=3))
check("bytes.fromhex('a')", lambda: bytes.fromhex('a'))
