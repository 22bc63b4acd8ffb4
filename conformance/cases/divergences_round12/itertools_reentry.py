# itertools iterators re-entered from their own input or callback: CPython's
# C iterators simply recurse (tee refuses with RuntimeError).
import itertools as it

outer = None
depth = 0


class Src:
    """An input whose __next__ calls next() on the outer iterator once."""

    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        global depth
        if not self.items:
            raise StopIteration
        value = self.items.pop(0)
        if depth == 0 and value == 2:
            depth += 1
            try:
                print('  inner', next(outer, 'END'))
            except Exception as e:
                print('  inner', type(e).__name__, e)
            depth -= 1
        return value


def run(label, make):
    global outer, depth
    depth = 0
    try:
        outer = make()
        print(label, list(outer))
    except Exception as e:
        print(label, type(e).__name__, e)


run('accumulate', lambda: it.accumulate(Src(range(5))))
run('accumulate_init', lambda: it.accumulate(Src(range(5)), initial=10))
run('chain', lambda: it.chain(Src(range(5)), [9]))
run('compress', lambda: it.compress(Src(range(5)), [1, 0, 1, 1, 1]))
run('compress_sel', lambda: it.compress('abcde', Src([1, 2, 2, 1, 1])))
run('dropwhile', lambda: it.dropwhile(lambda x: x < 1, Src(range(5))))
run('takewhile', lambda: it.takewhile(lambda x: x < 4, Src(range(6))))
run('filterfalse', lambda: it.filterfalse(None, Src(range(5))))
run('starmap', lambda: it.starmap(lambda *a: a, Src([(1,), 2, (3,)])))
run('islice', lambda: it.islice(Src(range(8)), 1, 7, 2))
run('islice1', lambda: it.islice(Src(range(8)), 6))
run('pairwise', lambda: it.pairwise(Src(range(5))))
run('zip_longest', lambda: it.zip_longest(Src(range(4)), 'ab'))
run('cycle', lambda: it.islice(it.cycle(Src(range(4))), 9))
run('groupby', lambda: [(k, list(g)) for k, g in it.groupby(Src([1, 1, 2, 2, 3]))])
run('map', lambda: map(abs, Src(range(5))))
run('filter', lambda: filter(None, Src(range(5))))
run('zip', lambda: zip(Src(range(5)), 'abcde'))
run('enumerate', lambda: enumerate(Src(range(5))))


def run_cb(label, make):
    global outer, depth
    depth = 0
    try:
        outer = make()
        print(label, list(outer))
    except Exception as e:
        print(label, type(e).__name__, e)


def reenter(value):
    """A callback that calls next() on the outer iterator when value is 2."""
    global depth
    if depth == 0 and value == 2:
        depth += 1
        try:
            print('  cb', next(outer, 'END'))
        except Exception as e:
            print('  cb', type(e).__name__, e)
        depth -= 1
    return value


run_cb('accumulate_f', lambda: it.accumulate(range(5), lambda a, b: a + reenter(b)))
run_cb('dropwhile_f', lambda: it.dropwhile(lambda x: reenter(x) < 3, range(6)))
run_cb('takewhile_f', lambda: it.takewhile(lambda x: reenter(x) < 4, range(6)))
run_cb('filterfalse_f', lambda: it.filterfalse(lambda x: reenter(x) % 2, range(6)))
run_cb('starmap_f', lambda: it.starmap(reenter, [(1,), (2,), (3,)]))
run_cb('groupby_key', lambda: ((k, list(g)) for k, g in it.groupby([1, 2, 2, 3], key=reenter)))
run_cb('map_f', lambda: map(reenter, range(4)))
run_cb('filter_f', lambda: filter(reenter, range(4)))
run_cb('sorted_key', lambda: iter(sorted(range(4), key=reenter)))
