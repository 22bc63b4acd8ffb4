# Iteration builtins with wrong arguments.
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


check('sorted0', lambda: sorted())
check('sorted_2', lambda: sorted([1], None))
check('sorted_badkw', lambda: sorted([1], cmp=None))
check('sorted_int', lambda: sorted(1))
check('min_empty', lambda: min([]))
check('min0', lambda: min())
check('min_default_2', lambda: min(1, 2, default=0))
check('max_badkw', lambda: max([1], foo=1))
check('max_key_int', lambda: max([1, 2], key=1))
check('enumerate_f', lambda: enumerate([], 1.5))
check('enumerate_kw', lambda: list(enumerate(iterable='ab', start=MyInt(5))))
check('enumerate_badkw', lambda: enumerate([], begin=1))
check('zip_int', lambda: zip(1))
check('zip_strict', lambda: list(zip([1], [1, 2], strict=True)))
check('zip_badkw', lambda: zip([], foo=1))
check('map0', lambda: map())
check('map1', lambda: map(abs))
check('map_kw', lambda: map(abs, [1], x=1))
check('filter_1', lambda: filter(None))
check('filter_int', lambda: filter(None, 1))
