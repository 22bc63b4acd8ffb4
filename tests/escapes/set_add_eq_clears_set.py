# A key's __eq__ that clears the set being added to, while the add is
# comparing against it: the add must restart on the set's new (empty)
# table, never write into the freed one.
# expect-output: [1, 1, 1]
# expect-output: done


class Meddler:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 7

    def __eq__(self, other):
        self.target.clear()
        return False


sizes = []
for _ in range(3):
    s = set()
    s.add(Meddler(s))
    s.add(Meddler(s))  # compares with the first, which empties s
    sizes.append(len(s))
    t = set()
    t.add(Meddler(t))
    t |= {Meddler(t)}
    t.update([Meddler(t), Meddler(t)])
print(sizes)
print("done")
