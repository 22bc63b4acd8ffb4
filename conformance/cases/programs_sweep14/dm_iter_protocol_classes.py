# Iterables vs iterators: a reusable range-like class, a one-shot
# iterator, __iter__ returning self, and the errors for broken ones.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


class OneShot:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return self

    def __next__(self):
        if not self.items:
            raise StopIteration
        return self.items.pop(0)


class NotAnIterator:
    def __iter__(self):
        return [1, 2]


class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i


c = Countdown(3)
print(list(c), list(c), sum(c), 2 in c, max(c))
o = OneShot("abc")
print(next(o), list(o), list(o), iter(o) is o)
print(list(OldStyle()), 4 in OldStyle(), 5 in OldStyle(), list(zip(OldStyle(), Countdown(5))))
for bad in (lambda: iter(NotAnIterator()), lambda: list(NotAnIterator()), lambda: iter(5), lambda: next([1])):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
print(list(iter(OneShot([3, 2, 1, 0, 5]).__next__, 0)))
