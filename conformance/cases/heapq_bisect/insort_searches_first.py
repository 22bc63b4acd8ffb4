# insort finds the place (len() and indexing) before it looks up insert, so
# a container without len() fails on len(), and one without insert on insert.
import bisect


class NoInsert:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


for f in (bisect.insort_left, bisect.insort_right, bisect.insort):
    for target in (10, "abc", NoInsert([1, 3, 5])):
        try:
            f(target, 4)
        except (TypeError, AttributeError) as e:
            print(f.__name__, type(e).__name__, e)

calls = []


class Tracing(list):
    def __len__(self):
        calls.append("len")
        return super().__len__()

    def insert(self, i, x):
        calls.append(("insert", i))
        super().insert(i, x)


t = Tracing([1, 2, 4])
bisect.insort(t, 3)
bisect.insort_left(t, 0, key=None)
print(t, calls)
