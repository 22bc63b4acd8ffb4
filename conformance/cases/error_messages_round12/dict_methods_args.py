# dict methods and constructor with wrong arguments.
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


check('dict_int', lambda: dict(1))
check('dict_seq', lambda: dict([1, 2]))
check('dict_seq3', lambda: dict([(1, 2, 3)]))
check('dict_2pos', lambda: dict({}, {}))
check('get0', lambda: {}.get())
check('get3', lambda: {}.get(1, 2, 3))
check('get_unhash', lambda: {}.get([]))
check('pop0', lambda: {}.pop())
check('pop_missing', lambda: {}.pop('k'))
check('popitem_empty', lambda: {}.popitem())
check('setdefault0', lambda: {}.setdefault())
check('update_int', lambda: {}.update(1))
check('update_seq', lambda: {}.update([(1,)]))
check('update_2', lambda: {}.update({}, {}))
check('fromkeys0', lambda: dict.fromkeys())
check('fromkeys_int', lambda: dict.fromkeys(1))
check('keys_arg', lambda: {}.keys(1))
check('getitem_missing', lambda: {}['k'])
check('getitem_unhash', lambda: {}[{}])
check('or_list', lambda: {} | [])
