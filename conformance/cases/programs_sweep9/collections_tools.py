from collections import Counter, defaultdict, deque, OrderedDict, namedtuple, ChainMap
c = Counter("mississippi")
print(c, c.most_common(2), c["z"], sorted(c.elements()), c.total())
c2 = Counter(s=1, i=10)
print(c - c2, c + c2, c & c2, c | c2, -c2 + Counter(), +Counter(a=-1, b=2))
c.subtract({"s": 10}); print(c, +c)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory, defaultdict(int)["x"])
dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); dq.rotate(2); print(dq, dq.maxlen, dq[0], dq[-1])
dq.extendleft([8, 9]); print(dq, dq.count(9), dq.index(9))
try:
    deque().pop()
except IndexError as e:
    print(e)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False); print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict.fromkeys("acd"), od == {"c": None, "a": None, "d": None}, repr(OrderedDict()))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults, p.x + p[1])
x, y = Point(1, 2); print(x, y, Point._make([7, 8]), p == (3, 0), type(p).__name__)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 0; print(cm.maps)
