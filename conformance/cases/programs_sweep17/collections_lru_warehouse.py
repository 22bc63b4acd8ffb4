# Warehouse bookkeeping with the collections module: an OrderedDict LRU,
# ChainMap layered settings, Counter algebra, deque windows, namedtuples.
from collections import OrderedDict, ChainMap, Counter, deque, namedtuple, defaultdict, UserDict

class LRU(OrderedDict):
    def __init__(self, capacity, *args, **kw):
        self.capacity = capacity
        super().__init__(*args, **kw)
    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value
    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        while len(self) > self.capacity:
            old, _ = self.popitem(last=False)
            print(f"  evict {old}")

cache = LRU(3)
for k in "abcadeb":
    if k in cache:
        print("hit", k, cache[k])
    else:
        cache[k] = ord(k)
print(cache, list(cache.keys()), repr(cache)[:3])
od = OrderedDict.fromkeys("xyz", 0)
od.move_to_end("x")
od.move_to_end("z", last=False)
print(od, od == OrderedDict([("z", 0), ("y", 0), ("x", 0)]), od == {"x": 0, "y": 0, "z": 0}, od.popitem())
print(list(reversed(od)), od | {"n": 1}, dict(od))

defaults = {"color": "red", "size": "M", "qty": 1}
site = {"size": "L"}
user = {"qty": 5}
cfg = ChainMap(user, site, defaults)
print(cfg["color"], cfg["size"], cfg["qty"], len(cfg), sorted(cfg), cfg.maps[1])
child = cfg.new_child({"color": "blue"})
child["extra"] = True
print(child["color"], child.parents["color"], dict(child), "extra" in cfg)
del child["extra"]
try:
    del child["size"]
except KeyError as exc:
    print("KeyError:", exc)

Stock = namedtuple("Stock", "sku name qty price", defaults=[0, 0.0])
items = [Stock("A1", "bolt", 120, 0.05), Stock("B2", "nut"), Stock._make(["C3", "gear", 7, 3.5])]
for s in items:
    print(s, s._asdict(), s.qty * s.price)
print(Stock._fields, Stock._field_defaults, items[0]._replace(qty=0), items[2] > items[1], tuple(items[1]))
sku, *rest = items[2]
print(sku, rest, Stock.__doc__)
try:
    Stock("X")
except TypeError as exc:
    print("TypeError:", exc)
try:
    items[0]._replace(color="red")
except ValueError as exc:
    print("ValueError:", exc)

inbound = Counter(bolt=100, nut=40, gear=3)
outbound = Counter(bolt=130, nut=10, washer=5)
print(inbound - outbound, outbound - inbound, inbound + outbound, inbound & outbound, inbound | outbound)
net = inbound.copy()
net.subtract(outbound)
print(net, +net, -net, net.total(), net.most_common(2), sorted(net.elements())[:3])
net.update({"bolt": 30}, gear=1)
print(net, Counter("mississippi").most_common(), Counter({"a": 0}) == Counter(), net["missing"])

recent = deque(maxlen=4)
for reading in [5, 3, 8, 1, 9, 2]:
    recent.append(reading)
    print(f"{list(recent)!s:14} avg={sum(recent) / len(recent):.2f}")
recent.rotate(1)
print(recent, recent.maxlen, recent.index(9), recent.count(1))
recent.extendleft([0, -1])
print(recent, recent[0], recent[-1])
dq = deque("abcde")
dq.rotate(-2)
del dq[1]
dq.insert(0, "Z")
print(dq, dq.pop(), dq.popleft(), dq * 2, deque(reversed(dq)))
try:
    deque(maxlen=1).insert(0, 1) or deque([1], maxlen=1).insert(0, 2)
except IndexError as exc:
    print("IndexError:", exc)

bins = defaultdict(lambda: defaultdict(int))
for loc, part, n in [("A", "bolt", 5), ("B", "nut", 2), ("A", "bolt", 1), ("A", "nut", 9)]:
    bins[loc][part] += n
print({k: dict(v) for k, v in bins.items()}, bins["C"]["x"], sorted(bins))

class CaseInsensitive(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __contains__(self, key):
        return key.lower() in self.data

ci = CaseInsensitive({"Content-Type": "json"})
ci["X-Id"] = 7
print(ci, ci["CONTENT-type"], "x-ID" in ci, len(ci), ci.get("x-id"), ci.get("nope", "-"))
