import operator
class I(int):
    def __index__(self): return 0
    def __int__(self): return 99
    def __float__(self): return 1.5
    def __len__(self): return 0
    def __bool__(self): return False
    def __str__(self): return "I!"
    def __format__(self, spec): return "fmt:" + spec
i = I(2)
print([10, 20, 30][i], hex(i), bin(i), oct(i), int(i), float(i), bool(i), str(i), repr(i), f"{i}", f"{i:>3}", "%d" % i, "%s" % i, "%x" % i, range(i), "ab" * i, i + 0, -i, abs(i), round(i), i.bit_length(), i == 2, divmod(i, 1), format(i), "{}".format(i), "{:d}".format(i), list(range(10))[i:], operator_index := operator.index(i), type(operator_index).__name__)
class F(float):
    def __bool__(self): return True
    def __int__(self): return 7
    def __round__(self, n=None): return "rounded"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
f = F(0.0)
import math
print(bool(f), int(f), round(f), round(f, 1), math.trunc(f), math.floor(f), math.ceil(F(1.2)), "%d" % F(3.7), f"{F(2.5):.1f}", F(2.5) + 1, type(F(2.5) + 1).__name__, float(F(4.0)), type(float(F(4.0))).__name__)
class D(dict):
    def __getitem__(self, k): return "override"
    def __len__(self): return 0
    def __contains__(self, k): return True
d = D(a=1)
import json
print(d["a"], d.get("a"), dict(d), {**d}, "{a}".format_map(d), "%(a)s" % d, len(d), bool(d), "zz" in d, list(d.values()), d.setdefault("a", 5), d.pop("a"), d)
class LS(list):
    def __getitem__(self, i): return "GI"
    def __len__(self): return 0
    def __contains__(self, x): return x == "magic"
l = LS([1, 2])
print(l[0], list(l), [*l], sorted(l), 1 in l, "magic" in l, bool(l), len(l), l.pop(), l.index(1), str(l), max(l), l == [1], tuple(l), "".join(map(str, l)), next(iter(l)), list(reversed(l)))
class St(set):
    def __contains__(self, x): return False
    def __len__(self): return 0
    def __iter__(self): return iter([100])
s = St({1, 2})
print(1 in s, bool(s), len(s), sorted(s), s == {1, 2}, s & {1}, s | {3}, s - {1}, s.issubset({1, 2, 3}), {1, 2} <= s, s.isdisjoint({1}), set(s), frozenset(s), s.copy(), list(s), sorted(s.union()), {1} | s)
class TS(tuple):
    def __getitem__(self, i): return "T"
    def __len__(self): return 0
t = TS((5, 6))
print(t[0], bool(t), len(t), list(t), t == (5, 6), t + (7,), t * 2, 5 in t, t.index(6), t.count(5), hash(t) == hash((5, 6)), sorted(t), str(t), "%s-%s" % t, "{0}".format(t))
a, b = t; print(a, b)
class BS(bytes):
    def __len__(self): return 0
    def __getitem__(self, i): return 7
bs = BS(b"ab")
print(bool(bs), len(bs), bs[0], list(bs), bs == b"ab", bs.decode(), bs + b"c", bs.hex(), bytes(bs), bytearray(bs), b"-".join([bs, bs]), int.from_bytes(bs, "big"), b"a" in bs)
