# total_ordering on a version class: derived methods, their names and docs, NotImplemented, sorting stability.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.2", "1.10", "1.2.0", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
print(vs[0] <= vs[1], vs[1] >= vs[2], vs[0] > vs[3], vs[0] == vs[4], vs[0] != vs[2])
print(len(set(vs)), {v: i for i, v in enumerate(vs)})
try:
    vs[0] < 3
except TypeError as e:
    print(e)
try:
    vs[0] >= "x"
except TypeError as e:
    print(e)
print(vs[0] == 3, vs[0] != "1.2")
print(Version.__le__.__name__, Version.__gt__.__doc__ is None)
class Weird:
    def __eq__(self, o): return "yes"
    __hash__ = None
print(Weird() == 1, Weird() != 1)
try:
    hash(Weird())
except TypeError as e:
    print(e)
try:
    {Weird(): 1}
except TypeError as e:
    print(e)
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]))
print(sorted(["bob", "Alice", "carol", "Dave"], key=str.lower, reverse=True))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 2)]
print(sorted(sorted(recs), key=lambda r: r[1], reverse=True))
