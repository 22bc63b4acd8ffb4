# A set subclass keeping insertion order beside the set (OrderedSet).
class OrderedSet(set):
    def __init__(self, items=()):
        super().__init__()
        self.order = []
        for item in items:
            self.add(item)

    def add(self, item):
        if item not in self:
            super().add(item)
            self.order.append(item)

    def __iter__(self):
        return iter(self.order)

    def __repr__(self):
        return "OrderedSet(" + repr(self.order) + ")"


s = OrderedSet([5, 3, 5, 1, 3, 9])
print(s, list(s), len(s), 3 in s, 4 in s, isinstance(s, set), type(s).__name__)
s.add(0)
print(s, [x * 2 for x in s], sorted(s), s == {0, 1, 3, 5, 9})
