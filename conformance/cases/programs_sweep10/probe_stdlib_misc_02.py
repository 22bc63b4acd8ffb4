import random
r = random.Random("seed"); print(r.random(), r.randint(0, 10**30), r.betavariate(2, 3), r.expovariate(1.5), r.triangular(0, 10, 2))
import difflib
a = "the quick brown fox".split(); b = "the quick red fox jumps".split()
print(list(difflib.unified_diff(a, b, lineterm="", n=1)))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]), list(difflib.ndiff(["a\n"], ["b\n"])))
import csv, io
buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC); w.writerow(["a", 1, 2.5, 'q"uote', None]); w.writerows([["x,y", "z"]])
print(repr(buf.getvalue()))
r = csv.DictReader(io.StringIO("name;age\nann;3\nbo;\n"), delimiter=";"); print([dict(x) for x in r])
dw = csv.DictWriter(buf, ["a", "b"]); dw.writeheader(); dw.writerow({"a": 1}); print(repr(buf.getvalue()[-10:]))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(set(), cabc.Set), isinstance(iter([]), cabc.Iterator), isinstance((x for x in []), cabc.Generator), isinstance(len, cabc.Callable), isinstance(b"", cabc.ByteString), issubclass(str, cabc.Hashable), isinstance({}.keys(), cabc.KeysView), isinstance(range(1), cabc.Reversible))
import collections.abc as cabc
class MySet(cabc.MutableSet):
    def __init__(self, it=()): self._s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self._s
    def __iter__(self): return iter(self._s)
    def __len__(self): return len(self._s)
    def add(self, x):
        if x not in self._s: self._s.append(x)
    def discard(self, x):
        if x in self._s: self._s.remove(x)
s = MySet([3, 1, 3]); s |= {5}; print(list(s), list(s & {1, 5}), s <= {1, 3, 5, 7}, list(s - {3}), s.isdisjoint([9]), s.pop(), list(s))
import operator as op
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("f", 1, k=2)))
