class Ring:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self) * 3))] if i.stop and i.stop > len(self) else self.items[i]
        if not isinstance(i, int):
            raise TypeError(f"Ring indices must be integers, not {type(i).__name__}")
        if not self.items:
            raise IndexError("empty ring")
        return self.items[i % len(self.items)]

    def __setitem__(self, i, v):
        self.items[i % len(self.items)] = v

    def __contains__(self, x):
        return x in self.items

    def __reversed__(self):
        return reversed(self.items)

    def __iter__(self):
        return iter(self.items)

    def __bool__(self):
        return bool(self.items)


r = Ring("abcd")
print(r[0], r[5], r[-1], r[1:3], r[2:7], len(r), "c" in r, "z" in r, list(reversed(r)), bool(r), bool(Ring([])))
r[6] = "C"
print(list(r), sorted(r), "".join(r), r.items.index("C"))
for bad in [lambda: r["x"], lambda: Ring([])[0], lambda: r[1.5]]:
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
