# chr, ord, bin, hex, oct, format and str() with wrong arguments.
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


check('chr_neg', lambda: chr(-1))
check('chr_big', lambda: chr(0x110000))
check('chr_huge', lambda: chr(2**70))
check('chr_str', lambda: chr('a'))
check('chr_f', lambda: chr(65.0))
check('chr_idx', lambda: chr(I()))
check('ord_empty', lambda: ord(''))
check('ord_2', lambda: ord('ab'))
check('ord_int', lambda: ord(1))
check('ord_bytes2', lambda: ord(b'ab'))
check('bin_f', lambda: bin(1.5))
check('hex_str', lambda: hex('a'))
check('oct_idx', lambda: oct(I()))
check('format_spec_int', lambda: format(1, 1))
check('format_bad', lambda: format(1, 'q'))
check('format_str_d', lambda: format('a', 'd'))
check('format_3', lambda: format(1, 'd', 2))
check('str_enc', lambda: str(1, 'utf-8'))
check('str_bytes_enc', lambda: str(b'\xff', 'utf-8'))
check('str_kw', lambda: str(objectx=1))
