# Numeric builtins with wrong argument types and counts.
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


check('abs0', lambda: abs())
check('abs_str', lambda: abs('a'))
check('divmod_str', lambda: divmod('a', 1))
check('divmod0', lambda: divmod(1, 0))
check('divmod_f0', lambda: divmod(1.0, 0))
check('divmod_1', lambda: divmod(1))
check('pow1', lambda: pow(1))
check('pow_kw', lambda: pow(base=2, exp=3, mod=5))
check('pow_f_mod', lambda: pow(2.0, 3, 5))
check('pow_zero_neg', lambda: pow(0, -1))
check('round0', lambda: round())
check('round_none', lambda: round(None))
check('round_kw', lambda: round(number=2.5, ndigits=MyInt(0)))
check('sum_str', lambda: sum(['a', 'b'], ''))
check('sum_bytes', lambda: sum([b'a'], b''))
check('sum_int', lambda: sum(1))
check('sum_kw', lambda: sum([1], start=MyInt(5)))
check('sum_mixed', lambda: sum([1, 'a']))
check('hash_list', lambda: hash([]))
check('hash_2', lambda: hash(1, 2))
