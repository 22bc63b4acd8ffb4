# A container whose __iter__ returns a list, not an iterator.
class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return self.items


b = Bag(1, 2, 3)
print(len(b), b.items)
for item in b:
    print(item)
