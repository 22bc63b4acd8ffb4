# Classes registered with the collections.abc ABCs take part in `match` with
# the ABC's flag, its own (Sequence, Mapping) or inherited (MutableMapping,
# MutableSequence), and the length check of a pattern reaches them.
import collections.abc as cabc

def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError', e)

def classify(obj):
    match obj:
        case []:
            return 'empty sequence'
        case [first, *rest]:
            return ('sequence', first, rest)
        case {'k': v, **others}:
            return ('mapping with k', v, others)
        case {}:
            return 'mapping'
        case _:
            return 'neither'

class Bare:
    pass

class Bare2:
    pass

class Bare3:
    pass

cabc.MutableMapping.register(Bare)
cabc.MutableSequence.register(Bare2)
cabc.Mapping.register(Bare3)
attempt('mutable mapping, no len', lambda: classify(Bare()))
attempt('mutable sequence, no len', lambda: classify(Bare2()))
attempt('mapping, no len', lambda: classify(Bare3()))

class Pairs:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]

class Table:
    def __init__(self, **kw):
        self.data = dict(kw)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        return self.data[k]
    def get(self, k, default=None):
        return self.data.get(k, default)
    def keys(self):
        return self.data.keys()
    def __iter__(self):
        return iter(self.data)

print(classify(Pairs(1, 2)), classify(Table(k=1, j=2)))
cabc.MutableSequence.register(Pairs)
cabc.MutableMapping.register(Table)
print(classify(Pairs()), classify(Pairs(1, 2, 3)), classify(Table()), classify(Table(k=1, j=2)))

class SubTable(Table):
    pass

print(classify(SubTable(k=3)))

class Listish(dict):
    pass

cabc.Sequence.register(Listish)
print(classify(Listish(a=1)), classify(Listish()))
print(isinstance(Table(), cabc.Mapping), isinstance(Pairs(), cabc.Sequence))
