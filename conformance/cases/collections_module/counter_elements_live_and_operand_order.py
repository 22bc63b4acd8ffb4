# Counter.elements() reads the live items, so growing the counter before
# the iterator is used is an error, as in CPython; the operators compute
# and compare counts in CPython's order (visible with counts that print).
from collections import Counter

tally = Counter("abca")
pending = tally.elements()
tally["z"] = 2
try:
    print(sorted(pending))
except RuntimeError as err:
    print("RuntimeError:", err)
print(sorted(tally.elements()), list(Counter(a=2, b=0, c=-1).elements()))


class Loud:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        print("add", self.n, getattr(other, "n", other))
        return Loud(self.n + getattr(other, "n", other))

    __radd__ = __add__

    def __sub__(self, other):
        print("sub", self.n, getattr(other, "n", other))
        return Loud(self.n - getattr(other, "n", other))

    def __rsub__(self, other):
        print("rsub", other, self.n)
        return Loud(other - self.n)

    def __gt__(self, other):
        print("gt", self.n, getattr(other, "n", other))
        return self.n > getattr(other, "n", other)

    def __lt__(self, other):
        print("lt", self.n, getattr(other, "n", other))
        return self.n < getattr(other, "n", other)

    def __repr__(self):
        return f"L{self.n}"


left = Counter({"a": Loud(1), "b": Loud(-2)})
right = Counter({"a": Loud(2), "c": Loud(-3)})
print(left + right)
print(left - right)
print(left | right)
print(left & right)
