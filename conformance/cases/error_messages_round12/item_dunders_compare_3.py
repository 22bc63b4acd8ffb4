# Item dunders, containment and ordering comparisons with wrong types (3 of 3): each check prints the result or the
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


check('enumerate([]).__next__()', lambda: enumerate([]).__next__())
check('zip().__next__()', lambda: zip().__next__())
check('list(zip(*[[1, 2], [3]], strict=True))', lambda: list(zip(*[[1, 2], [3]], strict=True)))
check('list(zip([1], [2, 3], [4], strict=True))', lambda: list(zip([1], [2, 3], [4], strict=True)))
check('list(map(pow, [1], [2], [3], [4]))', lambda: list(map(pow, [1], [2], [3], [4])))
check("'a' < 1", lambda: 'a' < 1)
check('[1] < [None]', lambda: [1] < [None])
check("(1, 'a') < (1, 2)", lambda: (1, 'a') < (1, 2))
check('{1} <= 1', lambda: {1} <= 1)
check("min([1, 'a'])", lambda: min([1, 'a']))
check("max(['a', 1])", lambda: max(['a', 1]))
check("sorted([(1, 2), (1, 'a')])", lambda: sorted([(1, 2), (1, 'a')]))
check('sorted([None, None])', lambda: sorted([None, None]))
