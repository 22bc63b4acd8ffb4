# tuple and range with wrong arguments.
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


check('tuple_int', lambda: tuple(1))
check('tuple_kw', lambda: tuple(iterable=[1]))
check('tuple_2', lambda: tuple([1], [2]))
check('t_index', lambda: (1, 2).index(3))
check('t_index_kw', lambda: (1, 2).index(1, start=0))
check('t_count0', lambda: (1,).count())
check('t_getitem_str', lambda: (lambda t: t['a'])((1,)))
check('t_getitem_range', lambda: (1,)[5])
check('t_add_list', lambda: (1,) + [2])
check('range0', lambda: range())
check('range_f', lambda: range(1.5))
check('range_step0', lambda: range(1, 5, 0))
check('range_4', lambda: range(1, 2, 3, 4))
check('range_kw', lambda: range(stop=3))
check('range_idx', lambda: list(range(I())))
check('range_sub', lambda: range(MyInt(3))[MyInt(1)])
check('range_index', lambda: range(3).index(5))
check('range_getitem_big', lambda: range(3)[2**70])
check('range_len_big', lambda: len(range(2**70)))
check('range_str', lambda: range('3'))
