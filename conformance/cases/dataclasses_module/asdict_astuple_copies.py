# asdict() and astuple() rebuild lists, tuples, namedtuples and dicts (keeping
# their subclasses' types), convert nested dataclass instances, and deep-copy
# every other value; the factories receive a list.
import collections
from dataclasses import asdict, astuple, dataclass, field

Pair = collections.namedtuple('Pair', 'left right')


class Tagged(list):
    pass


class Ordered(dict):
    pass


@dataclass
class Leaf:
    value: object
    tags: set = field(default_factory=set)


@dataclass
class Tree:
    name: str
    leaves: list
    index: dict
    pair: Pair = None
    extra: object = None


leaf = Leaf([1, 2], {'a'})
tree = Tree('t', Tagged([leaf, (leaf, 3)]), Ordered({'k': leaf, 2: [leaf]}),
            Pair(leaf, 5), extra={'nested': {'deep': [1]}})

d = asdict(tree)
print(d)
print(type(d['leaves']).__name__, type(d['index']).__name__, type(d['pair']).__name__)
print(d['leaves'][0]['value'] is leaf.value, d['leaves'][0]['value'] == leaf.value)
print(d['leaves'][0]['tags'] is leaf.tags, d['leaves'][0]['tags'] == leaf.tags)
print(d['extra'] is tree.extra, d['extra']['nested'] is tree.extra['nested'])

t = astuple(tree)
print(t)
print(type(t[1]).__name__, type(t[2]).__name__, type(t[3]).__name__)
print(t[1][0][0] is leaf.value, t[1][0][1] is leaf.tags, t[4] is tree.extra)


class Recorder:
    def __init__(self, label):
        self.label = label

    def __call__(self, items):
        print(self.label, type(items).__name__, items)
        return tuple(items) if self.label == 'tuple' else dict(items)


print(asdict(Tree('r', [Leaf(1)], {}), dict_factory=Recorder('dict')))
print(astuple(Tree('r', [Leaf(1)], {}), tuple_factory=Recorder('tuple')))


class Copyable:
    def __init__(self, n):
        self.n = n

    def __deepcopy__(self, memo):
        print('deepcopy of', self.n)
        return Copyable(self.n + 100)

    def __repr__(self):
        return f'Copyable({self.n})'


print(asdict(Leaf(Copyable(1))))
print(astuple(Leaf(Copyable(2))))
shared = [1]
result = asdict(Tree('s', [shared, shared], {}))
print(result['leaves'][0] is result['leaves'][1], result['leaves'][0] is shared)

for func in (asdict, astuple):
    for bad in (Tree, 3, [leaf]):
        try:
            func(bad)
        except TypeError as e:
            print(func.__name__, 'TypeError', e)
