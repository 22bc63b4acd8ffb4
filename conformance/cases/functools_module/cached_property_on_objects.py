# cached_property on instances: computed once, overridable, deletable, and
# refused on a class with __slots__ (no instance __dict__).
import functools


class Data:
    def __init__(self, vals):
        self.vals = vals

    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(self.vals)


d = Data([1, 2, 3])
print(d.total, d.total, d.__dict__)
d.total = 100
print(d.total)
del d.total
print(d.total)
print(type(Data.total).__name__)


class Slotted:
    __slots__ = ("x",)

    @functools.cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError", e)
