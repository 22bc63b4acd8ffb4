# Item dunders, containment and ordering comparisons with wrong types (1 of 3): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class MyInt(int): pass
class MyStr(str): pass


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('[1, 2, 3].__getitem__(slice(None, None, 0))', lambda: [1, 2, 3].__getitem__(slice(None, None, 0)))
check('[1, 2, 3].__setitem__(slice(0, 2), 5)', lambda: [1, 2, 3].__setitem__(slice(0, 2), 5))
check('[1, 2, 3].__setitem__(slice(0, 3, 2), [1])', lambda: [1, 2, 3].__setitem__(slice(0, 3, 2), [1]))
check('[1, 2, 3].__delitem__(5)', lambda: [1, 2, 3].__delitem__(5))
check("[1, 2, 3].__delitem__('a')", lambda: [1, 2, 3].__delitem__('a'))
check('(lambda l: l.__setitem__(5, 0))([1])', lambda: (lambda l: l.__setitem__(5, 0))([1]))
check("(lambda d: d.__delitem__('x'))({})", lambda: (lambda d: d.__delitem__('x'))({}))
check("(lambda s: s.__setitem__(0, 'x'))('abc')", lambda: (lambda s: s.__setitem__(0, 'x'))('abc'))
check('(lambda t: t.__setitem__(0, 1))((1,))', lambda: (lambda t: t.__setitem__(0, 1))((1,)))
check("(lambda b: b.__setitem__(0, 256))(bytearray(b'a'))", lambda: (lambda b: b.__setitem__(0, 256))(bytearray(b'a')))
check("(lambda b: b.__setitem__(0, 'a'))(bytearray(b'a'))", lambda: (lambda b: b.__setitem__(0, 'a'))(bytearray(b'a')))
check("(lambda b: b.__setitem__(slice(0, 1), 5))(bytearray(b'a'))", lambda: (lambda b: b.__setitem__(slice(0, 1), 5))(bytearray(b'a')))
check("(lambda b: b.__setitem__(slice(0, 1), 'x'))(bytearray(b'a'))", lambda: (lambda b: b.__setitem__(slice(0, 1), 'x'))(bytearray(b'a')))
check("(lambda b: b.__setitem__(slice(0, 2, 2), b'xy'))(bytearray(b'abc'))", lambda: (lambda b: b.__setitem__(slice(0, 2, 2), b'xy'))(bytearray(b'abc')))
check('(lambda r: r.__setitem__(0, 1))(range(3))', lambda: (lambda r: r.__setitem__(0, 1))(range(3)))
check("bytearray(b'abc')[::MyInt(-1)]", lambda: bytearray(b'abc')[::MyInt(-1)])
