# The one-method ABCs recognise any class that defines the method, and a
# method set to None opts out; the collection ABCs need registration.
from collections.abc import (Iterable, Iterator, Sized, Container, Collection, Hashable,
                             Callable, Reversible, Sequence, Mapping)

class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        return x in self.items

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class NotIterable(Bag):
    __iter__ = None

class Unhashable:
    def __eq__(self, other):
        return True

class Greeter:
    def __call__(self):
        return "hi"

class Both:
    def __iter__(self):
        return iter(())
    def __reversed__(self):
        return iter(())

b = Bag([1, 2])
print(isinstance(b, Iterable), isinstance(b, Sized), isinstance(b, Container),
      isinstance(b, Collection), isinstance(b, Iterator), isinstance(b, Sequence),
      isinstance(b, Mapping))
c = Countdown(3)
print(isinstance(c, Iterator), isinstance(c, Iterable), list(c))
n = NotIterable([1])
print(isinstance(n, Iterable), isinstance(n, Collection), isinstance(n, Sized))
print(isinstance(Unhashable(), Hashable), isinstance(Bag([]), Hashable))
print(isinstance(Greeter(), Callable), isinstance(Greeter, Callable), isinstance(b, Callable))
print(isinstance(Both(), Reversible), isinstance(b, Reversible))
print(issubclass(Bag, Collection), issubclass(Countdown, Collection))
