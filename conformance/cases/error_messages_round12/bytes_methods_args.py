# bytes and bytearray methods and constructors with wrong arguments.
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


check('bytes_neg', lambda: bytes(-1))
check('bytes_str', lambda: bytes('abc'))
check('bytes_enc_int', lambda: bytes(3, 'utf-8'))
check('bytes_list', lambda: bytes([256]))
check('bytes_list_neg', lambda: bytes([-1]))
check('bytes_list_str', lambda: bytes(['a']))
check('bytes_float', lambda: bytes(1.5))
check('bytes_idx', lambda: bytes(I()))
check('bytes_errors_only', lambda: bytes(errors='strict'))
check('decode_bad', lambda: b'\xff'.decode('utf-8'))
check('decode_kw', lambda: b'a'.decode(foo=1))
check('join_str', lambda: b','.join(['a']))
check('count_str', lambda: b'abc'.count('a'))
check('find_int_big', lambda: b'abc'.find(256))
check('replace_str', lambda: b'abc'.replace('a', 'b'))
check('fromhex_bad', lambda: bytes.fromhex('zz'))
check('fromhex_int', lambda: bytes.fromhex(1))
check('ba_append_big', lambda: bytearray().append(256))
check('ba_append_str', lambda: bytearray().append('a'))
check('ba_insert', lambda: bytearray(b'a').insert(0))
