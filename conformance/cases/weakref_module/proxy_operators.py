# Operators, comparisons and protocols go through a proxy to its referent.
import weakref


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])

    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(*[-a for a in self.xs])

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __lt__(self, other):
        return self.xs < other.xs

    def __len__(self):
        return len(self.xs)

    def __getitem__(self, i):
        return self.xs[i]

    def __setitem__(self, i, v):
        self.xs[i] = v

    def __contains__(self, v):
        return v in self.xs

    def __iter__(self):
        return iter(self.xs)

    def __str__(self):
        return "Vec%s" % (tuple(self.xs),)

    def __bool__(self):
        return any(self.xs)


v = Vec(1, 2, 3)
w = Vec(1, 2, 3)
p = weakref.proxy(v)
print(str(p), (p + w).xs, (p * 2).xs, (3 * p).xs, (-p).xs)
print(p == w, w == p, p < Vec(2), len(p), p[1], 2 in p, 9 in p, list(p), bool(p))
p[0] = 10
print(v.xs, sorted(p), max(p))
print(f"{p}")
