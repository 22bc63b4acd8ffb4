# Built-in methods with keywords, subclasses and huge indices (2 of 6): each check prints the result or the
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


check('(2.5).__round__(1, 2)', lambda: (2.5).__round__(1, 2))
check("(2.5).__round__('a')", lambda: (2.5).__round__('a'))
check('dict.fromkeys([1], 2, 3)', lambda: dict.fromkeys([1], 2, 3))
check("'abc'.removeprefix(1)", lambda: 'abc'.removeprefix(1))
check("'abc'.removesuffix(b'c')", lambda: 'abc'.removesuffix(b'c'))
check('[].copy(1)', lambda: [].copy(1))
check('bytearray().extend(1)', lambda: bytearray().extend(1))
check('bytearray().extend([256])', lambda: bytearray().extend([256]))
check("bytearray().extend('ab')", lambda: bytearray().extend('ab'))
check("bytearray(b'a').pop(5)", lambda: bytearray(b'a').pop(5))
check("bytearray(b'a').remove(256)", lambda: bytearray(b'a').remove(256))
check("bytearray(b'a').remove(98)", lambda: bytearray(b'a').remove(98))
check("b'abc'.translate(None, 'a')", lambda: b'abc'.translate(None, 'a'))
check("b'abc'.translate(b'x')", lambda: b'abc'.translate(b'x'))
check("bytes.maketrans(b'a', b'bc')", lambda: bytes.maketrans(b'a', b'bc'))
check("bytes.maketrans('a', 'b')", lambda: bytes.maketrans('a', 'b'))
