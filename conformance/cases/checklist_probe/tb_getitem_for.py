class Seq:
    def __init__(self, items):
        self.items = items

    def __getitem__(self, i):
        if i == 2:
            return self.items[i] / 0
        return self.items[i]

for x in Seq([1, 2, 3, 4]):
    print(x)
