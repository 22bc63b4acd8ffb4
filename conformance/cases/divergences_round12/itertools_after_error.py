# itertools iterators stay usable after their input or callback raised, as
# CPython's C iterators (but those that end for good on an error).
import itertools as it


class Flaky:
    """Raises ValueError on its third item, then goes on."""

    def __init__(self, items):
        self.items = list(items)
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError('flaky')
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


def drain(label, obj):
    out = []
    for _ in range(8):
        try:
            out.append(next(obj))
        except StopIteration:
            out.append('stop')
        except (ValueError, TypeError) as e:
            out.append(str(e))
    print(label, out)


drain('accumulate', it.accumulate(Flaky(range(5))))
drain('chain', it.chain(Flaky(range(3)), 'xy'))
drain('chain_src', it.chain.from_iterable(Flaky(['ab', 'cd', 'ef'])))
drain('compress', it.compress(Flaky('abcde'), it.repeat(1)))
drain('dropwhile', it.dropwhile(lambda x: x < 1, Flaky(range(5))))
drain('takewhile', it.takewhile(lambda x: x < 9, Flaky(range(5))))
drain('filterfalse', it.filterfalse(None, Flaky([0, 1, 0, 0])))
drain('starmap', it.starmap(pow, Flaky([(2, 1), (2, 2), (2, 3)])))
drain('starmap_bad', it.starmap(pow, [(2, 1), 5, (2, 3), (1, 2, 3, 4), (3, 2)]))
drain('islice', it.islice(Flaky(range(9)), 0, None, 2))
drain('pairwise', it.pairwise(Flaky(range(6))))
drain('zip_longest', it.zip_longest(Flaky(range(4)), 'abcdef'))
drain('cycle', it.cycle(Flaky('abc')))
drain('groupby', (k for k, g in it.groupby(Flaky('aabbc'))))


def pred(x):
    if x == 2:
        raise ValueError('pred')
    return x < 4


drain('dropwhile_p', it.dropwhile(pred, range(6)))
drain('takewhile_p', it.takewhile(pred, range(6)))
drain('filterfalse_p', it.filterfalse(pred, range(6)))
drain('accumulate_f', it.accumulate(range(5), lambda a, b: pred(b) and a + b))


class Step:
    def __init__(self):
        self.calls = 0

    def __radd__(self, other):
        self.calls += 1
        if self.calls == 2:
            raise ValueError('step')
        return other + 10

    def __index__(self):
        return 10


drain('count', it.count(0.5, Step()))
drain('filterfalse_bool', it.filterfalse(bool, [0, 1, '', 'a', None]))
drain('takewhile_again', it.takewhile(lambda x: x != 2, [1, 2, 1, 1]))
drain('chain_noniter', it.chain([1], 5, [2]))
