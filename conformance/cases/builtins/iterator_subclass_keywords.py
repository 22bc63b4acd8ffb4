# map, filter and the itertools types take no keyword arguments, unless
# called on a subclass with an __init__ of its own, which may take them.
import itertools


class TaggedMap(map):
    def __init__(self, function, *iterables, tag=None):
        self.tag = tag


class TaggedFilter(filter):
    def __init__(self, function, iterable, tag=None):
        self.tag = tag


class PlainMap(map):
    pass


class NewOnlyMap(map):
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args)


tagged = TaggedMap(str, [1, 2], tag='x')
print(list(tagged), tagged.tag)
kept = TaggedFilter(None, [0, 1, 2], tag='y')
print(list(kept), kept.tag)
attempts = [
    ('map', lambda: map(str, [1], tag=1)),
    ('filter', lambda: filter(None, [], tag=1)),
    ('subclass without __init__', lambda: PlainMap(str, [1], tag=1)),
    ('subclass with __new__ only', lambda: NewOnlyMap(str, [1], tag=2)),
    ('unknown keyword for __init__', lambda: TaggedMap(str, [1], bogus=1)),
    ('map.__new__ on a subclass', lambda: map.__new__(TaggedMap, str, [3], tag=1)),
    ('map.__new__ on map', lambda: map.__new__(map, str, [3], tag=1)),
]
for label, attempt in attempts:
    try:
        print(label, list(attempt()))
    except TypeError as error:
        print(label, '->', error)

arguments = {
    'count': (), 'cycle': ('ab',), 'chain': ('ab', 'c'), 'repeat': (1, 2),
    'islice': ('abc', 2), 'zip_longest': ('a', 'bc'), 'starmap': (pow, [(2, 3)]),
    'compress': ('ab', [1, 0]), 'dropwhile': (bool, [1, 0, 1]), 'takewhile': (bool, [1, 0]),
    'filterfalse': (None, [0, 1]), 'accumulate': ([1, 2],), 'groupby': ('aab',),
    'pairwise': ('abc',), 'permutations': ('ab',), 'product': ('ab',),
    'combinations': ('abc', 2),
}
for name, args in arguments.items():
    base = getattr(itertools, name)

    class WithInit(base):
        def __init__(self, *args, **kwargs):
            self.kwargs = kwargs

    class WithoutInit(base):
        pass

    try:
        made = WithInit(*args, kw=1)
        print(name, 'with __init__:', made.kwargs, list(itertools.islice(made, 4)))
    except TypeError as error:
        print(name, 'with __init__ ->', error)
    try:
        WithoutInit(*args, kw=1)
        print(name, 'without __init__: accepted')
    except TypeError as error:
        print(name, 'without __init__ ->', error)
try:
    WithInit()
except TypeError as error:
    print('arguments still checked ->', error)
