class Customer:
    def __init__(self, name, items):
        self.name, self.items = name, items

    def __repr__(self):
        return f"{self.name}({self.items})"


class Lane:
    def __init__(self, name, express_limit=None):
        self.name = name
        self.limit = express_limit
        self.queue = []

    def accepts(self, c):
        return self.limit is None or c.items <= self.limit

    def load(self):
        return sum(c.items for c in self.queue)

    def __repr__(self):
        return f"{self.name}{self.queue}"


lanes = [Lane("L1"), Lane("L2"), Lane("EX", express_limit=5)]
for c in [Customer("a", 12), Customer("b", 3), Customer("c", 7), Customer("d", 2), Customer("e", 20), Customer("f", 5)]:
    lane = min((l for l in lanes if l.accepts(c)), key=lambda l: (l.load(), l.name))
    lane.queue.append(c)
for l in lanes:
    print(l, l.load())
print(max(lanes, key=Lane.load).name, sorted(c.name for l in lanes for c in l.queue if c.items > 5))
