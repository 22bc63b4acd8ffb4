# make_dataclass(): how each entry of `fields` is read and checked, in what
# order the checks run, and how namespace and the entries' defaults combine.
from dataclasses import field, fields, make_dataclass


def show(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


show('unhashable name in triple', lambda: make_dataclass('C', [([], int, 1)]))
show('unhashable name in pair', lambda: make_dataclass('C', [([], int)]))
show('int name', lambda: make_dataclass('C', [(5, int)]))
show('one-tuple', lambda: make_dataclass('C', [('a',)]))
show('four-tuple', lambda: make_dataclass('C', [('a', int, 1, 2)]))
show('not sized', lambda: make_dataclass('C', [None]))
show('keyword', lambda: make_dataclass('C', ['a', ('def', int)]))
show('soft keyword ok', lambda: [f.name for f in fields(make_dataclass('C', ['match', 'case']))])
show('dup after default', lambda: make_dataclass('C', [('a', int, 1), ('a', str)]))
show('bad then dup', lambda: make_dataclass('C', ['a', 'a', '1b']))
show('dup str vs pair', lambda: make_dataclass('C', ['a', ('a', int)]))
show('order', lambda: make_dataclass('C', [('a', int, 1), 'b']))
show('list entries', lambda: make_dataclass('C', [['a', int], ['b', int, 2]])(1))
show('bad namespace', lambda: make_dataclass('C', ['a'], namespace=5))
show('bad field before namespace', lambda: make_dataclass('C', ['1a'], namespace=5))

C = make_dataclass('C', [('a', int, 1), ('b', int, field(default=2, repr=False)), 'c'],
                   namespace={'a': 100, 'c': 7, 'd': 4, 'twice': lambda self: 2 * self.a},
                   kw_only=True, order=True)
c = C()
print(c, c.d, c.twice(), C.__annotations__)
print(C(a=2, c=1) < C(a=3, c=0), C.__match_args__)
print([(f.name, f.default, f.kw_only) for f in fields(C)])
pairs = make_dataclass('Pairs', (('x', int), ('y', 'str')), namespace={'__doc__': 'given'})
print(pairs.__doc__, pairs(1, 'y'), pairs.__annotations__)
gen = make_dataclass('Gen', (name for name in 'pq'))
print(gen(1, 2), gen.__doc__)
