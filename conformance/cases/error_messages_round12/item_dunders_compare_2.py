# Item dunders, containment and ordering comparisons with wrong types (2 of 3): each check prints the result or the
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


check("'abc'.__getitem__(MyInt(1))", lambda: 'abc'.__getitem__(MyInt(1)))
check("'abc'.__contains__(1)", lambda: 'abc'.__contains__(1))
check("b'abc'.__contains__(256)", lambda: b'abc'.__contains__(256))
check("b'abc'.__contains__('a')", lambda: b'abc'.__contains__('a'))
check("b'abc'.__contains__(MyInt(97))", lambda: b'abc'.__contains__(MyInt(97)))
check('[1].__contains__()', lambda: [1].__contains__())
check('{}.__contains__([])', lambda: {}.__contains__([]))
check('set().__contains__([])', lambda: set().__contains__([]))
check('frozenset().__contains__({})', lambda: frozenset().__contains__({}))
check('(1, 2).__contains__([])', lambda: (1, 2).__contains__([]))
check("range(3).__contains__('a')", lambda: range(3).__contains__('a'))
check("range(3).count('a')", lambda: range(3).count('a'))
check('range(3).index(MyInt(1))', lambda: range(3).index(MyInt(1)))
check('iter([]).__next__(1)', lambda: iter([]).__next__(1))
check('iter([]).__length_hint__(1)', lambda: iter([]).__length_hint__(1))
check('reversed([]).__length_hint__()', lambda: reversed([]).__length_hint__())
