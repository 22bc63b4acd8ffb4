from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap

words = "the quick brown the lazy dog the end quick".split()
c = Counter(words)
print(c.most_common(2), c["the"], c["missing"], sum(c.values()))
c2 = Counter("abracadabra")
print(sorted(c2.items()), c2.most_common(3))
print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) + Counter(a=2, b=1), Counter(a=3) & Counter(a=1))
groups = defaultdict(list)
for w in words:
    groups[len(w)].append(w)
print(dict(groups), groups.default_factory)
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq[-1])
Pt = namedtuple("Pt", "x y", defaults=[0])
p = Pt(3)
print(p, p._asdict(), p._replace(y=9), Pt._fields, Pt._field_defaults)
od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")
print(list(od), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4})["c"], sorted(cm))
try:
    Pt(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    dq.index(99)
except ValueError as e:
    print("ValueError", e)
