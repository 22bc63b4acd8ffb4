# reversed() objects report how many items are left, bounded by the
# sequence's current length.
import operator

for seq in ("hello", (1, 2, 3), [4, 5], range(4), "héllo"):
    it = reversed(seq)
    print(type(it).__name__, operator.length_hint(it), end=" ")
    next(it)
    print(operator.length_hint(it), end=" ")
    list(it)
    print(operator.length_hint(it))


class Shrinking:
    def __init__(self):
        self.size = 5

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        return index


s = Shrinking()
it = reversed(s)
print(it.__length_hint__())
s.size = 2
print(it.__length_hint__())
try:
    it.__length_hint__(1)
except TypeError as exc:
    print("TypeError", exc)
