# The collections types in everyday use: an OrderedDict LRU cache
# (move_to_end, popitem, iteration over it and its views), Counter
# tallies and most_common, a deque sliding window, defaultdict grouping.
from collections import Counter, OrderedDict, defaultdict, deque


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        value = key * 3 % 1009
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return value


cache = LRU(200)
total = 0
for i in range(200000):
    total += cache.get((i * 7919) % 331 if i % 3 else i % 150)
print(cache.hits, total)

orders = OrderedDict((f"k{i}", i) for i in range(2000))
walked = 0
for _ in range(120):
    for key in orders:
        walked += len(key)
    for key, value in orders.items():
        walked += value
    walked += sum(orders.values())
print(walked)

words = [f"w{(i * i) % 997}" for i in range(100000)]
tally = Counter(words)
tally.update(w for w in words[:10000] if w.endswith("7"))
print(len(tally), tally.most_common(3), sum(tally.values()))

window = deque(maxlen=50)
running = 0
best = 0
for i in range(200000):
    value = (i * 31) % 97
    if len(window) == window.maxlen:
        running -= window[0]
    window.append(value)
    running += value
    best = max(best, running)
print(best, list(window)[:5])

groups = defaultdict(list)
for i, w in enumerate(words[:30000]):
    groups[w[-1]].append(i)
print(sorted((k, len(v)) for k, v in groups.items()))
