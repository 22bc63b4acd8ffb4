# More str methods with unusual and wrong arguments.
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


check('join_int', lambda: ','.join([1, 2]))
check('join_mixed', lambda: ','.join(['a', b'b']))
check('join_none', lambda: ','.join(None))
check('join_sub', lambda: MyStr(',').join([MyStr('a'), 'b']))
check('replace_count_f', lambda: 'aaa'.replace('a', 'b', 1.5))
check('replace_int', lambda: 'aaa'.replace(1, 'b'))
check('replace_kw', lambda: 'aaa'.replace('a', 'b', count=1))
check('strip_int', lambda: ' a '.strip(1))
check('encode_bad', lambda: 'a'.encode('nope'))
check('encode_err', lambda: '\xe9'.encode('ascii'))
check('encode_kw', lambda: 'a'.encode(encodingx='utf-8'))
check('expandtabs_f', lambda: 'a\tb'.expandtabs(4.0))
check('partition_empty', lambda: 'abc'.partition(''))
check('partition_int', lambda: 'abc'.partition(1))
check('format_missing', lambda: '{} {}'.format(1))
check('format_key', lambda: '{a}'.format(b=1))
check('format_index', lambda: '{0[5]}'.format([1]))
check('translate_bad', lambda: 'abc'.translate({97: 1.5}))
check('maketrans_len', lambda: str.maketrans('ab', 'c'))
check('maketrans_key', lambda: str.maketrans({'ab': 1}))
