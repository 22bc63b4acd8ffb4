class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
c["a"] += 1
c["a"] += 1
print(c, c["zz"], "zz" in c, c.get("zz"), len(c))
class AutoVivify(dict):
    def __missing__(self, key):
        v = self[key] = AutoVivify()
        return v
t = AutoVivify()
t["a"]["b"]["c"] = 1
print(t)
class Raising(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key}")
try: Raising()["q"]
except KeyError as e: print(repr(e))
class DefaultList(dict):
    def __missing__(self, key):
        self[key] = []
        return self[key]
d = DefaultList()
d["x"].append(1); d["x"].append(2); d["y"]
print(d, d.pop("y"), d.setdefault("z", 5), d)
class LowerDict(dict):
    def __getitem__(self, k): return super().__getitem__(k.lower())
    def __setitem__(self, k, v): super().__setitem__(k.lower(), v)
    def __contains__(self, k): return super().__contains__(k.lower())
ld = LowerDict()
ld["ABC"] = 1
print(ld["abc"], ld["AbC"], "ABC" in ld, ld, ld.get("ABC"))
ld2 = LowerDict(Q=1)
print(ld2, dict(ld), list(ld.items()))
class MyList(list):
    def __getitem__(self, i):
        return "item" + str(super().__getitem__(i))
ml = MyList([1, 2])
print(ml[0], list(ml), [x for x in ml], ml + [3], type(ml + [3]).__name__, ml[::-1])
class MyStr(str):
    def __len__(self): return 42
    def __contains__(self, x): return True
ms = MyStr("ab")
print(len(ms), "z" in ms, ms.upper(), type(ms.upper()).__name__, ms + "c", ms == "ab", hash(ms) == hash("ab"))
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + o + 100)
    def __repr__(self): return f"MyInt({int(self)})"
mi = MyInt(1)
print(mi + 1, 1 + mi, mi * 2, -mi, mi == 1, abs(MyInt(-3)), sum([MyInt(1), MyInt(2)]))
class MyTuple(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
print(MyTuple(1, 2, 3), len(MyTuple(1)), MyTuple(1) + (2,))
class Stack(list):
    push = list.append
    def peek(self): return self[-1]
s = Stack(); s.push(1); s.push(2)
print(s.peek(), s.pop(), s, isinstance(s, list))
class OD(dict):
    def __repr__(self): return "OD(" + super().__repr__() + ")"
print(OD(a=1), str(OD()), [OD(x=2)])
class MySet(set):
    pass
ms = MySet([1, 2])
print(ms | {3}, type(ms | {3}).__name__, ms == {1, 2}, sorted(ms))
class Ordered(dict):
    def keys(self): return sorted(super().keys())
o = Ordered(b=1, a=2)
print(list(o), o.keys(), dict(o), {**o})
