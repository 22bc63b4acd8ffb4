# enumerate can be subclassed, with the base's arguments and iteration.
class Numbered(enumerate):
    label = "numbered"

    def describe(self):
        return self.label


items = Numbered("abc", 10)
print(type(items).__name__, isinstance(items, enumerate), items.describe())
print(next(items))
print(list(items))
items.extra = 1
print(items.extra)
print(list(Numbered(iterable=[5, 6], start=-1)))


class Counting(enumerate):
    def __next__(self):
        index, value = super().__next__()
        return index * 2, value.upper()


print(list(Counting("xy")))
try:
    Numbered()
except TypeError as exc:
    print("TypeError", exc)
try:
    Numbered([], start="x")
except TypeError as exc:
    print("TypeError", exc)
