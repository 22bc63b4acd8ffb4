# reversed, iter, next and len with wrong arguments.
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


check('reversed_int', lambda: reversed(1))
check('reversed_set', lambda: reversed({1}))
check('reversed_kw', lambda: reversed(seq=[1]))
check('reversed_2', lambda: reversed([1], [2]))
check('iter_int', lambda: iter(1))
check('iter_2_nc', lambda: iter(1, 2))
check('iter_3', lambda: iter([], 1, 2))
check('iter_kw', lambda: iter(object=[]))
check('next_list', lambda: next([]))
check('next0', lambda: next())
check('next_default', lambda: next(iter([]), MyStr('d')))
check('next_3', lambda: next(iter([]), 1, 2))
check('len_int', lambda: len(1))
check('len_gen', lambda: len(x for x in ()))
check('len0', lambda: len())
check('all_int', lambda: all(1))
check('any_2', lambda: any([], []))
check('isinstance_bad', lambda: isinstance(1, 1))
check('issubclass_bad', lambda: issubclass(1, int))
check('callable_2', lambda: callable(1, 2))
