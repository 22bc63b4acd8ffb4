class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Bag(*self.items[i])
        return self.items[i]

    def __repr__(self):
        return f"Bag{tuple(self.items)}"

    def __eq__(self, other):
        return isinstance(other, Bag) and self.items == other.items

    def __reversed__(self):
        return reversed(self.items)


b = Bag(3, 1, 2)
print(len(b), list(b), b[0], b[-1], b[1:], b[::-1], 2 in b, 5 in b)
print(sorted(b), sum(b), max(b), min(b), list(reversed(b)), list(enumerate(b)))
print(tuple(b), set(b) == {1, 2, 3}, dict(zip(b, "abc")), [x * 2 for x in b])
print(b == Bag(3, 1, 2), b != Bag(1), b in [Bag(3, 1, 2)], [Bag(1), b].index(b))
print([Bag(1), Bag(1), Bag(2)].count(Bag(1)))
x, *rest = b
print(x, rest)
print(any(b), all(Bag(1, 0)), " ".join(str(i) for i in b))
print(list(filter(lambda v: v > 1, b)), list(map(str, b)), list(zip(b, b)))
print(bool(Bag()), bool(b), "yes" if Bag() else "no")
