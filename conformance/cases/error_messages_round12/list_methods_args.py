# list methods with wrong argument types, counts and keywords.
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


check('append0', lambda: [].append())
check('append2', lambda: [].append(1, 2))
check('insert_f', lambda: [].insert(1.0, 2))
check('insert_idx', lambda: [1, 2].insert(I(), 0))
check('pop_empty', lambda: [].pop())
check('pop_range', lambda: [1].pop(5))
check('pop_str', lambda: [1].pop('0'))
check('pop_big', lambda: [1].pop(2**70))
check('index_missing', lambda: [1, 2].index(3))
check('index_start', lambda: [1, 2].index(1, 1))
check('index_float', lambda: [1, 2].index(1, 0.0))
check('remove_missing', lambda: [1].remove(2))
check('count0', lambda: [1].count())
check('sort_pos', lambda: [2, 1].sort(None))
check('sort_badkw', lambda: [2, 1].sort(keyx=len))
check('sort_mixed', lambda: [1, 'a'].sort())
check('sort_key_none', lambda: sorted([3, 1], key=None))
check('extend_int', lambda: [].extend(1))
check('mul_float', lambda: [1] * 1.5)
check('mul_idx', lambda: [1] * I())
