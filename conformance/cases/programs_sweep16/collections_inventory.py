from collections import Counter, OrderedDict, namedtuple, ChainMap, defaultdict, deque

Item = namedtuple("Item", "sku name qty price", defaults=[0, 0.0])
inv = [Item("A1", "bolt", 100, 0.05), Item("B2", "nut"), Item("C3", "washer", 250, 0.01)]
for it in inv:
    print(it, it._asdict())
print(Item._fields, Item._field_defaults)
upd = inv[1]._replace(qty=40, price=0.07)
print(upd, upd.qty * upd.price)
print(Item._make(["D4", "screw", 3, 1.5]))
try:
    inv[0]._replace(color="red")
except ValueError as e:
    print("ValueError", e)
try:
    Item("x")
except TypeError as e:
    print("TypeError", e)
Pt = namedtuple("Pt", ["x", "y"], rename=False)
p = Pt(1, 2)
print(p + (3,), p * 2, p[::-1], p.x, len(p), tuple(p))
print(namedtuple("Bad", ["a", "def", "a"], rename=True)._fields)

words = "the quick brown the lazy dog the end quick".split()
c = Counter(words)
print(c.most_common(2), c.most_common()[-1], c["missing"])
c2 = Counter("the the fox".split())
print(c + c2)
print(c - c2)
print(c & c2, c | c2)
c3 = Counter(a=3, b=-1)
print(+c3, -c3)
c3.subtract(a=5)
print(c3)
c3.update({"b": 4})
print(c3, c3.total())
print(sorted(c.elements())[:5])
print(Counter("mississippi"))
print(Counter({"x": 2}) == Counter({"x": 2, "y": 0}))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od)
print(od.popitem(), od.popitem(last=False), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], cm["debug"], len(cm), sorted(cm))
cm["color"] = "blue"
print(cli, defaults["color"])
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0])
del cm["color"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm))

dd = defaultdict(list)
for w in words:
    dd[len(w)].append(w)
print(sorted(dd.items()))
nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[w[0]][w] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
print(repr(defaultdict(int, {"a": 1})))
d2 = defaultdict(None)
try:
    d2["x"]
except KeyError as e:
    print("KeyError", e)

dq = deque(range(5), maxlen=5)
dq.append(5); dq.appendleft(-1); dq.rotate(2)
print(dq, dq.maxlen, list(reversed(dq)))
