from collections import Counter, ChainMap, namedtuple, defaultdict, OrderedDict
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
d = Counter(a=1, b=-2, c=3)
print(c + d, c - d, c & d, c | d, +d, -d)
c.subtract("aaa"); c.update({"z": 2}); print(c.most_common(3))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=0) == Counter(), repr(Counter()))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], cm.parents)
cm["b"] = 9; print(cm.maps)
try:
    del cm["b"]
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, P._make([3, 4]), p.count(1))
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError", e)
R = namedtuple("R", ["def", "x"], rename=True); print(R._fields)
dd = defaultdict(list); dd["k"].append(1); print(dd, dd.default_factory, defaultdict(int, a=1))
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); od.move_to_end("c", last=False); print(list(od), od.popitem(last=False))
