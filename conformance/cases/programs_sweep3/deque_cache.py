# An LRU cache class on OrderedDict, a sliding-window max with deque, ChainMap config.
from collections import OrderedDict, deque, ChainMap, namedtuple

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("  evict", evicted)

c = LRU(3)
for k in "abcabdaeb":
    if c.get(k) is None:
        c.put(k, k.upper())
print(list(c.data.items()), c.hits, c.misses)

def window_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out

print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
d = deque(range(5), maxlen=5)
d.rotate(2)
d.appendleft(-1)
print(d, d.maxlen, d.count(3), d[1], list(reversed(d)))
defaults = {"color": "red", "size": 10, "debug": False}
env = {"size": 12}
cli = {"debug": True}
cfg = ChainMap(cli, env, defaults)
print(cfg["color"], cfg["size"], cfg["debug"], len(cfg), sorted(cfg))
child = cfg.new_child({"color": "blue"})
print(child["color"], cfg["color"], child.parents["color"], dict(child.maps[0]))
Point = namedtuple("Point", "x y", defaults=[0])
p = Point(3)
print(p, p._replace(y=5), p._asdict(), Point._fields, Point._field_defaults, p.x + p.y)
q = Point._make([1, 2])
print(q, q == (1, 2), max(q), Point(y=7, x=1))
