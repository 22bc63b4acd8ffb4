# int constructor and methods with wrong arguments.
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


check('int_base_f', lambda: int('10', 2.0))
check('int_base_range', lambda: int('10', 1))
check('int_base_37', lambda: int('10', 37))
check('int_base_noStr', lambda: int(10, 2))
check('int_bad', lambda: int('1_'))
check('int_none', lambda: int(None))
check('int_list', lambda: int([]))
check('int_kw', lambda: int(x='1'))
check('int_base_kw', lambda: int('11', base=MyInt(2)))
check('int_base_idx', lambda: int('11', I()))
check('to_bytes_neg', lambda: (-1).to_bytes(2, 'big'))
check('to_bytes_over', lambda: (256).to_bytes(1, 'big'))
check('to_bytes_order', lambda: (1).to_bytes(1, 'middle'))
check('to_bytes_len', lambda: (1).to_bytes(-1, 'big'))
check('from_bytes_str', lambda: int.from_bytes('ab', 'big'))
check('from_bytes_kw', lambda: int.from_bytes(b'a', byteorder='little', signedx=True))
check('bit_length_arg', lambda: (1).bit_length(1))
check('round_str', lambda: round(5, '1'))
check('pow_mod0', lambda: pow(2, 3, 0))
check('pow_neg_mod', lambda: pow(2, -1, 4))
