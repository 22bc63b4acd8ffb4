# set and frozenset methods and constructors with wrong arguments.
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


check('set_int', lambda: set(1))
check('set_2', lambda: set([1], [2]))
check('set_kw', lambda: set(iterable=[1]))
check('fs_kw', lambda: frozenset(iterable=[1]))
check('add0', lambda: set().add())
check('add_unhash', lambda: set().add([]))
check('remove_missing', lambda: set().remove(1))
check('remove_unhash', lambda: set().remove([]))
check('discard_unhash', lambda: set().discard({}))
check('pop_empty', lambda: set().pop())
check('union_int', lambda: set().union(1))
check('update_int', lambda: set().update(1, 2))
check('issubset_int', lambda: set().issubset(1))
check('isdisjoint0', lambda: set().isdisjoint())
check('or_list', lambda: {1} | [2])
check('sub_list', lambda: {1} - [1])
check('lt_list', lambda: {1} < [1])
check('contains_unhash', lambda: [] in {1})
check('fs_contains_set', lambda: {1} in frozenset([frozenset([1])]))
check('in_place', lambda: set().__ior__([1]))
