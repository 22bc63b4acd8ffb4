# str methods called with wrong argument types, counts and keywords.
def check(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)


class I:
    def __index__(self):
        return 2


class MyInt(int):
    pass


class MyStr(str):
    pass


check('center0', lambda: 'ab'.center())
check('center_f', lambda: 'ab'.center(5.0))
check('center_fill2', lambda: 'ab'.center(5, 'xy'))
check('center_fillint', lambda: 'ab'.center(5, 1))
check('center_idx', lambda: 'ab'.center(I(), MyStr('*')))
check('ljust_kw', lambda: 'ab'.ljust(width=5))
check('zfill_str', lambda: 'ab'.zfill('3'))
check('zfill_big', lambda: 'ab'.zfill(2**70))
check('count_none', lambda: 'abc'.count(None))
check('count_args', lambda: 'abc'.count('a', 0, 1, 2))
check('find_float', lambda: 'abc'.find('a', 1.0))
check('find_idx', lambda: 'abcabc'.find('a', I()))
check('index_missing', lambda: 'abc'.index('z'))
check('rindex_missing', lambda: 'abc'.rindex('z', 0, 2))
check('startswith_list', lambda: 'abc'.startswith(['a']))
check('endswith_tuple_int', lambda: 'abc'.endswith(('c', 1)))
check('split_sep_int', lambda: 'a b'.split(1))
check('split_empty', lambda: 'a b'.split(''))
check('split_kw', lambda: 'a b c'.split(maxsplit=MyInt(1)))
check('split_bad_kw', lambda: 'a b'.split(sepx=' '))
