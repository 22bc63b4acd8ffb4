# After an itertools iterator reports the end: which ones ask their input
# again on the next call (as CPython's do) and which end for good.
import itertools as it


class Again:
    """Ends after each group of items, then yields more."""

    def __init__(self, *groups):
        self.groups = [list(g) for g in groups]

    def __iter__(self):
        return self

    def __next__(self):
        while self.groups and not self.groups[0]:
            self.groups.pop(0)
            raise StopIteration
        if not self.groups:
            raise StopIteration
        return self.groups[0].pop(0)


def runs(label, make):
    obj = make()
    print(label, list(obj), list(obj), list(obj))


runs('accumulate', lambda: it.accumulate(Again([1, 2], [3], [4])))
runs('chain', lambda: it.chain(Again([1], [2]), Again([3], [4])))
runs('compress', lambda: it.compress(Again('ab', 'cd'), it.repeat(True)))
runs('dropwhile', lambda: it.dropwhile(lambda x: x < 2, Again([1, 2], [1, 3])))
runs('takewhile', lambda: it.takewhile(lambda x: x < 9, Again([1, 2], [3])))
runs('takewhile_stop', lambda: it.takewhile(lambda x: x < 2, Again([1, 2], [1])))
runs('filterfalse', lambda: it.filterfalse(None, Again([0, 1], [0])))
runs('starmap', lambda: it.starmap(pow, Again([(2, 2)], [(3, 2)])))
runs('islice', lambda: it.islice(Again([1, 2], [3, 4]), 3))
runs('pairwise', lambda: it.pairwise(Again([1, 2], [3, 4])))
runs('zip_longest', lambda: it.zip_longest(Again([1], [2]), 'ab'))
runs('cycle', lambda: it.islice(it.cycle(Again([1, 2], [3])), 5))
runs('groupby', lambda: (k for k, g in it.groupby(Again('aab', 'bc'))))
runs('count', lambda: it.islice(it.count(5, 2), 3))
runs('map', lambda: map(abs, Again([-1], [-2])))
runs('zip', lambda: zip(Again([1], [2]), 'abc'))
