# reprlib.recursive_repr, and the dataclasses and collections reprs built on it.
import reprlib
from collections import OrderedDict, ChainMap, deque, defaultdict, UserList
from dataclasses import dataclass, field

class Node:
    def __init__(self):
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """Shows the children."""
        return 'Node(%r)' % (self.children,)

n = Node()
n.children.append(n)
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)

class Other:
    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        return 'Other(%r)' % (self.me,)

o = Other()
o.me = [o]
print(repr(o))

@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)

t = Tree('root')
t.kids.append(t)
print(t)
od = OrderedDict(a=1)
od['self'] = od
print(od)
cm = ChainMap({})
cm.maps[0]['me'] = cm
print(cm)
d = deque([1])
d.append(d)
print(d)
dd = defaultdict(list)
dd['x'] = dd
print(dd)
print(Tree.__repr__.__name__, Tree.__repr__.__qualname__)
