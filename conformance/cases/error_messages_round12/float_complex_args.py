# float and complex constructors and methods with wrong arguments.
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


check('float_bad', lambda: float('x'))
check('float_none', lambda: float(None))
check('float_kw', lambda: float(x=1))
check('float_2', lambda: float(1, 2))
check('float_big', lambda: float(10**400))
check('float_bytes', lambda: float(b'1.5'))
check('float_ws', lambda: float(' 1.5 '))
check('fromhex_bad', lambda: float.fromhex('x'))
check('as_int_ratio_inf', lambda: float('inf').as_integer_ratio())
check('is_integer_arg', lambda: (1.0).is_integer(1))
check('round_f', lambda: round(1.5, 1.5))
check('complex_str2', lambda: complex('1', 2))
check('complex_bad', lambda: complex('1+'))
check('complex_kw', lambda: complex(real=1, imagx=2))
check('complex_none', lambda: complex(None))
check('complex_list', lambda: complex([]))
check('complex_cmp', lambda: 1j < 2j)
check('complex_mod', lambda: 1j % 2)
check('complex_int', lambda: int(1j))
check('float_complex', lambda: float(1j))
