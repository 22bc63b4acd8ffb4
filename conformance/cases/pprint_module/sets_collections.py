# Sets, frozensets and the collections types.
import pprint
from collections import Counter, OrderedDict, defaultdict, deque, ChainMap, UserDict, UserList

pprint.pprint(set(range(40)))
pprint.pprint(frozenset(range(30)), width=40)
pprint.pprint(set(), width=1)
pprint.pprint(frozenset(), width=1)
pprint.pprint({3, 1, 2})
pprint.pprint(sorted({"pear", "apple", "fig"}))
pprint.pprint(frozenset({"pear", "apple", "fig", "banana", "cherry"}), width=20)
pprint.pprint({(1, 2), (0, 5), (3, 3)}, width=10)

c = Counter("abracadabra alakazam")
pprint.pprint(c)
pprint.pprint(c, width=30)
od = OrderedDict((k, list(range(k))) for k in range(8))
pprint.pprint(od)
pprint.pprint(OrderedDict(), width=1)
dd = defaultdict(list)
for i in range(6):
    dd["key%d" % i].append(i * 1000)
pprint.pprint(dd, width=30)
pprint.pprint(defaultdict(int), width=1)
pprint.pprint(deque(range(30)), width=30)
pprint.pprint(deque(range(30), maxlen=40), width=30)
pprint.pprint(deque(), width=1)
cm = ChainMap({"a": list(range(10))}, {"b": list(range(10))})
pprint.pprint(cm, width=30)
pprint.pprint(UserDict({"x": list(range(20))}), width=30)
pprint.pprint(UserList(list(range(30))), width=30)
