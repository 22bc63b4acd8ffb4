import json, heapq, bisect, copy, collections, pprint
class MySet(set):
    def __repr__(self): return "MySet(" + repr(sorted(self)) + ")"
a = MySet([1, 2, 3])
for r in [a | {4}, a & {1}, a - {1}, a ^ {9}, a.union([5]), a.copy(), {4} | a, frozenset(a) | a]:
    print(type(r).__name__, sorted(r))
class FS(frozenset):
    pass
f = FS([1, 2])
print(type(f | {3}).__name__, type(f.copy()).__name__, f.copy() is f, hash(f) == hash(frozenset([1, 2])), FS() == frozenset())
class Dct(dict):
    def __setitem__(self, k, v): super().__setitem__(k, str(v))
d = Dct(a=1); d["b"] = 2; d.update(c=3); d.setdefault("e", 5)
print(d, json.dumps(d), copy.copy(d), type(copy.copy(d)).__name__, dict(d), Dct.fromkeys("xy", 0), type(Dct.fromkeys("x")).__name__)
class Lst(list):
    def append(self, x): super().append(x * 10)
l = Lst([3, 1])
l.append(2); l.extend([4]); l += [5]; l.insert(0, 6)
heapq.heappush(l, 0); bisect.insort(l, 7)
print(l, type(l[:2]).__name__, type(l + [1]).__name__, type(l * 2).__name__, sorted(l), json.dumps(l), copy.deepcopy(l), type(copy.deepcopy(l)).__name__)
class Str(str):
    def __str__(self): return "STR!"
s = Str("abc")
print(s, str(s), "%s" % s, f"{s}", "{}".format(s), "-".join([s, s]), s + "d", repr(s), json.dumps(s), json.dumps({s: s}), s.upper(), [s])
class Int(int):
    def __str__(self): return "INT!"
    def __repr__(self): return "Int!"
i = Int(42)
print(i, str(i), repr(i), f"{i}", "%d|%s|%r" % (i, i, i), json.dumps(i), json.dumps([i]), hex(i), range(i)[-1], [0] * Int(2), "ab"[Int(1)], int(i))
class Flt(float):
    def __repr__(self): return "Flt!"
print(Flt(1.5), json.dumps(Flt(1.5)), [Flt(2.0)], f"{Flt(0.5)}", str(Flt(2.5)), round(Flt(2.5)))
class C(collections.Counter):
    def __missing__(self, k): return -1
c = C("aab")
print(c["z"], c, c.most_common(1), c + C("b"), type(c + C("b")).__name__)
class OD(collections.OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k, last=False)
o = OD(); o["a"] = 1; o["b"] = 2; o.update(c=3)
print(list(o), o)
class DD(collections.defaultdict):
    def __repr__(self): return "DD" + repr(dict(self))
dd = DD(list); dd["x"].append(1)
print(dd, dd.copy(), type(dd.copy()).__name__)
pprint.pprint(Dct(z=1, a=2))
pprint.pprint(MySet([3, 1]))
