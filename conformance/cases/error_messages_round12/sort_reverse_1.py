# sort's reverse converted as a C int (1 of 1): each check prints the result or the
# exception's type and message, as CPython 3.11's.
class I:
    def __index__(self): return 2
class Big:
    def __index__(self): return 2**40


def check(label, fn):
    try:
        print(label, '->', repr(fn())[:200])
    except Exception as e:
        print(label, '->', type(e).__name__, str(e)[:300])


check('[2, 1].sort(reverse=2**100)', lambda: [2, 1].sort(reverse=2**100))
check('sorted([2, 1], reverse=-2**40)', lambda: sorted([2, 1], reverse=-2**40))
check('sorted([2, 1], reverse=Big())', lambda: sorted([2, 1], reverse=Big()))
check('sorted([2, 1], reverse=I())', lambda: sorted([2, 1], reverse=I()))
check('sorted([2, 1], reverse=2**31)', lambda: sorted([2, 1], reverse=2**31))
check('sorted([2, 1], reverse=2**31 - 1)', lambda: sorted([2, 1], reverse=2**31 - 1))
