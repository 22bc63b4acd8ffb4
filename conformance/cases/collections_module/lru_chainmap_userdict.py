from collections import OrderedDict, ChainMap, UserDict, deque
from functools import wraps

class LRU:
    def __init__(self, capacity):
        self.cap = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.cap:
            old, _ = self.data.popitem(last=False)
            print("evict", old)
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

c = LRU(3)
for op in ["p1", "p2", "p3", "g1", "p4", "g2", "g3", "p5", "g1", "g4"]:
    k = int(op[1])
    if op[0] == "p":
        c.put(k, k * k)
    else:
        print("get", k, c.get(k))
print(c)
od = OrderedDict.fromkeys("abc", 0)
print(od, od == OrderedDict(a=0, b=0, c=0), od == {"c": 0, "b": 0, "a": 0}, OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict()), list(reversed(od)))
defaults = {"color": "red", "size": "M"}
user = {"size": "L"}
cm = ChainMap(user, defaults)
print(cm["color"], cm["size"], len(cm), sorted(cm))
cm["color"] = "blue"
print(user, defaults, cm.maps[0] is user)
child = cm.new_child({"size": "XL"})
print(child["size"], child.parents["size"])
print(cm)
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
ld = LowerDict({"A": 1})
ld["B"] = 2
ld.update(C=3)
print(ld, ld.data, "a" in ld, len(ld))

def memo(func):
    cache = {}
    @wraps(func)
    def wrapper(*args):
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def slow_square(n):
    "Square a number slowly."
    return n * n
print(slow_square(4), slow_square(4), slow_square.__name__, slow_square.__doc__, len(slow_square.cache))
print(slow_square.__wrapped__(5))
history = deque(maxlen=3)
for i in range(6):
    history.append(i)
print(history, list(history), history[0], history[-1])
history.clear()
print(history, bool(history))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
