# Builtin calls with wrong keywords, counts and types (1 of 6): each check prints the result or the
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


check("sorted([2, 1], reverse='a')", lambda: sorted([2, 1], reverse='a'))
check('sorted([2, 1], reverse=1.5)', lambda: sorted([2, 1], reverse=1.5))
check('sorted([2, 1], reverse=None)', lambda: sorted([2, 1], reverse=None))
check('[2, 1].sort(reverse=2**100)', lambda: [2, 1].sort(reverse=2**100))
check('{}.pop(key=1)', lambda: {}.pop(key=1))
check("b'ab'.hex(sep='')", lambda: b'ab'.hex(sep=''))
check("b'ab'.hex(sep='ab')", lambda: b'ab'.hex(sep='ab'))
check("b'ab'.hex(':', 1.5)", lambda: b'ab'.hex(':', 1.5))
check("b'ab'.hex(sep=1)", lambda: b'ab'.hex(sep=1))
check("bytes.hex(b'ab', ':', 2**70)", lambda: bytes.hex(b'ab', ':', 2**70))
check("'a\\tb'.expandtabs(tabsize=-1)", lambda: 'a\tb'.expandtabs(tabsize=-1))
check("'ab'.splitlines(keepends=2)", lambda: 'ab'.splitlines(keepends=2))
check("'ab'.splitlines(True, False)", lambda: 'ab'.splitlines(True, False))
check('min([1], key=None, default=2)', lambda: min([1], key=None, default=2))
check("min([], default=MyStr('d'))", lambda: min([], default=MyStr('d')))
check('max(1, key=len)', lambda: max(1, key=len))
